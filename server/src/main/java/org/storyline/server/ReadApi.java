package org.storyline.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.store.SearchResult;
import org.storyline.store.StoreQueryException;
import org.storyline.store.StoredArticle;
import org.storyline.render.Format;
import org.storyline.store.StoredStory;
import org.storyline.store.StoryBrief;
import org.storyline.store.StoryFilter;
import org.storyline.store.StoryPage;
import org.storyline.store.StoryStore;

/**
 * The read endpoints of the JSON API. Ids from the path are only ever looked up in the store. A story
 * merged into another answers with a 308 redirect to the surviving story's address, query kept.
 */
final class ReadApi {

    private static final Pattern NONCE = Pattern.compile("<script nonce=\"([A-Za-z0-9_-]{16,})\"");

    private final StoryStore store;

    /** The endpoints over {@code store}. */
    ReadApi(StoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** {@code GET /api/health}: ok, with the store's size. */
    void health(Context ctx) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("status", "ok");
        node.putPOJO("store", store.stats());
        Json.send(ctx, node);
    }

    /** {@code GET /api/stories}: one page of stories, newest first, filtered by entity, outlet and dates. */
    void stories(Context ctx) {
        StoryFilter filter = filter(ctx);
        StoryPage page = store.stories(filter);
        ObjectNode node = page(filter.offset(), filter.limit(), page.total());
        node.putPOJO("stories", page.stories());
        Json.send(ctx, node);
    }

    /** The story filter of a listing request (API or page). */
    static StoryFilter filter(Context ctx) {
        return new StoryFilter(Params.text(ctx, "entity", Params.MAX_NAME), Params.text(ctx, "outlet", Params.MAX_NAME),
                Params.date(ctx, "from"), Params.date(ctx, "to"), Params.offset(ctx), Params.limit(ctx));
    }

    /** {@code GET /api/stories/{id}?format=json|markdown|html}: the story's brief. */
    void story(Context ctx) {
        String name = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        if (!List.of("json", "markdown", "html").contains(name)) {
            throw ApiException.badRequest("parameter 'format' must be json, markdown or html, got '"
                    + Params.shown(name) + "'");
        }
        Format format = Format.parse(name);
        StoryBrief brief = Links.briefOrRedirect(store, format, ctx, "/api/stories/", "");
        if (brief == null) {
            return;
        }
        switch (format) {
            case MARKDOWN -> ctx.contentType("text/markdown; charset=utf-8").result(brief.text());
            case HTML -> {
                Matcher nonce = NONCE.matcher(brief.text());
                ctx.header(SecurityHeaders.CSP, SecurityHeaders.briefPolicy(nonce.find() ? nonce.group(1) : null));
                ctx.contentType("text/html; charset=utf-8").result(brief.text());
            }
            case JSON -> ctx.contentType(Json.TYPE).result(brief.text());
        }
    }

    /** {@code GET /api/stories/{id}/articles}: the story's articles, with text and source. */
    void storyArticles(Context ctx) {
        StoredStory story = Links.storyOrRedirect(store, ctx, "/api/stories/", "/articles");
        if (story == null) {
            return;
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("story_id", story.id());
        ArrayNode articles = node.putArray("articles");
        store.articlesOf(story.id()).forEach(a -> articles.add(Json.article(a)));
        Json.send(ctx, node);
    }

    /** {@code GET /api/articles/{id}}: one article, with text and source. */
    void article(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle article = store.article(id)
                .orElseThrow(() -> ApiException.notFound("no article with id '" + Params.shown(id) + "'"));
        Json.send(ctx, Json.article(article));
    }

    /** {@code GET /api/entities?name=}: entities matching the name, most mentioned first, with their stories. */
    void entities(Context ctx) {
        String name = Params.text(ctx, "name", Params.MAX_NAME);
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx);
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("offset", offset).put("limit", limit);
        node.putPOJO("entities", store.entities(name == null ? "" : name, offset, limit));
        Json.send(ctx, node);
    }

    /** {@code GET /api/quotes?speaker=}: quotes by a speaker, newest story first. */
    void quotes(Context ctx) {
        String speaker = Params.required(ctx, "speaker", Params.MAX_NAME);
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx);
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("offset", offset).put("limit", limit);
        node.putPOJO("quotes", store.quotesBy(speaker, offset, limit));
        Json.send(ctx, node);
    }

    /** {@code GET /api/search?q=}: full-text search; a query the store cannot parse is a 400. */
    void search(Context ctx) {
        String query = Params.required(ctx, "q", Params.MAX_QUERY);
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx);
        SearchResult result = search(store, query, offset, limit);
        ObjectNode node = page(offset, limit, result.total());
        node.put("query", query);
        node.putPOJO("hits", result.hits());
        Json.send(ctx, node);
    }

    /** Searches {@code store}, a query it cannot parse becoming a 400 that says why. */
    static SearchResult search(StoryStore store, String query, int offset, int limit) {
        try {
            return store.search(query, offset, limit);
        } catch (StoreQueryException e) {
            throw ApiException.badRequest("bad query: " + e.getMessage());
        }
    }

    private static ObjectNode page(int offset, int limit, long total) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("offset", offset).put("limit", limit).put("total", total);
        return node;
    }
}
