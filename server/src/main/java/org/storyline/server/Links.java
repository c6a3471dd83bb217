package org.storyline.server;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.storyline.render.Format;
import org.storyline.store.StoredStory;
import org.storyline.store.StoryBrief;
import org.storyline.store.StoryStore;

/** Builds the server's own addresses from ids and values, encoding every part. */
final class Links {

    private Links() {
    }

    /** {@code value} encoded for a path segment or a query value. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The page of story {@code id}. */
    static String story(String id) {
        return "/stories/" + segment(id);
    }

    /** The page of article {@code id}. */
    static String article(String id) {
        return "/articles/" + segment(id);
    }

    /** The page of article {@code id} with {@code [start, end)} of its source highlighted and scrolled to. */
    static String cited(String id, int start, int end) {
        return article(id) + "?start=" + start + "&end=" + end + "#cited";
    }

    /** The page of the entities named {@code name}. */
    static String entity(String name) {
        return "/entities?name=" + segment(name);
    }

    /** The story list of one outlet. */
    static String outlet(String outlet) {
        return "/?outlet=" + segment(outlet);
    }

    /**
     * The story named by the path parameter {@code id}, or {@code null} after answering with a 308 redirect
     * to {@code base + survivingId + suffix} (query kept) when the story was merged into another.
     *
     * @throws ApiException 404 when no story has that id
     */
    static StoredStory storyOrRedirect(StoryStore store, Context ctx, String base, String suffix) {
        return orRedirect(store::story, StoredStory::id, ctx, base, suffix);
    }

    /** As {@link #storyOrRedirect}, for the story's brief in {@code format} only. */
    static StoryBrief briefOrRedirect(StoryStore store, Format format, Context ctx, String base, String suffix) {
        return orRedirect(id -> store.brief(id, format), StoryBrief::id, ctx, base, suffix);
    }

    private static <T> T orRedirect(Function<String, Optional<T>> find, Function<T, String> idOf, Context ctx,
                                    String base, String suffix) {
        String id = ctx.pathParam("id");
        T found = find.apply(id)
                .orElseThrow(() -> ApiException.notFound("no story with id '" + Params.shown(id) + "'"));
        String surviving = idOf.apply(found);
        if (surviving.equals(id)) {
            return found;
        }
        String query = ctx.queryString();
        ctx.status(308).header("Location", base + segment(surviving) + suffix + (query == null ? "" : "?" + query));
        return null;
    }
}
