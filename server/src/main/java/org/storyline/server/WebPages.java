package org.storyline.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.storyline.store.SearchResult;
import org.storyline.store.StoredArticle;
import org.storyline.render.Format;
import org.storyline.store.StoryBrief;
import org.storyline.store.StoryFilter;
import org.storyline.store.StoryStore;

/** The handlers of the web pages: they read the store and hand what they found to the page writers. */
final class WebPages {

    private static final String HTML = "text/html; charset=utf-8";
    private static final byte[] STYLE = resource("site.css");

    private final StoryStore store;

    /** The pages over {@code store}. */
    WebPages(StoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** {@code GET /}: the story list. */
    void stories(Context ctx) {
        StoryFilter filter = ReadApi.filter(ctx);
        ctx.contentType(HTML).result(StoryListPage.render(ctx, store.stories(filter), filter));
    }

    /** {@code GET /stories/{id}}: a story's brief; a merged story redirects to the surviving one. */
    void story(Context ctx) {
        StoryBrief brief = Links.briefOrRedirect(store, Format.JSON, ctx, "/stories/", "");
        if (brief != null) {
            ctx.contentType(HTML).result(StoryPageView.render(brief));
        }
    }

    /** {@code GET /articles/{id}}: an article with the cited span highlighted. */
    void article(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle article = store.article(id)
                .orElseThrow(() -> ApiException.notFound("no article with id '" + Params.shown(id) + "'"));
        ctx.contentType(HTML).result(ArticlePage.render(ctx, article));
    }

    /** {@code GET /entities?name=}: entities and their stories. */
    void entities(Context ctx) {
        String name = Params.text(ctx, "name", Params.MAX_NAME);
        ctx.contentType(HTML).result(EntityPage.render(store, name,
                store.entities(name == null ? "" : name, 0, name == null ? Params.MAX_LIMIT : Params.DEFAULT_LIMIT)));
    }

    /** {@code GET /search?q=}: the search page, with results when there is a query. */
    void search(Context ctx) {
        String query = Params.text(ctx, "q", Params.MAX_QUERY);
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx);
        SearchResult result = query == null ? null : ReadApi.search(store, query, offset, limit);
        ctx.contentType(HTML).result(SearchPage.render(ctx, query, result, offset, limit));
    }

    /** {@code GET /static/site.css}: the one style sheet, from the class path. */
    void style(Context ctx) {
        ctx.header("Cache-Control", "max-age=3600").contentType("text/css; charset=utf-8").result(STYLE);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/storyline/server/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource org/storyline/server/" + name, e);
        }
    }
}
