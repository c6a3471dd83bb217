package org.storyline.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.util.function.Supplier;
import org.storyline.store.StoreLockedException;
import org.storyline.store.StoreWriter;
import org.storyline.store.StoryStore;

/**
 * Every route of the server, its limits and its error handling, in one place.
 *
 * <pre>
 * GET  /api/health                          ok and the store's size
 * GET  /api/stories?offset&amp;limit&amp;entity&amp;outlet&amp;from&amp;to   stories, newest first
 * GET  /api/stories/{id}?format=json|markdown|html       a brief (merged id: 308 to the survivor)
 * GET  /api/stories/{id}/articles           a story's articles
 * GET  /api/articles/{id}                   an article: metadata, text, source
 * GET  /api/entities?name&amp;offset&amp;limit         entities with their stories
 * GET  /api/quotes?speaker&amp;offset&amp;limit        quotes by a speaker
 * GET  /api/search?q&amp;offset&amp;limit             full-text search
 * POST /api/articles                        ingest (JSON article or array; text/html page with ?id=)
 * GET  /  /stories/{id}  /articles/{id}?start&amp;end  /entities?name  /search?q  /static/site.css   pages
 * GET  /favicon.ico                        204 (there is none; browsers stop asking)
 * </pre>
 */
final class Routes {

    private Routes() {
    }

    /** Configures {@code config} to serve {@code store}, writing through {@code writers} when not {@code null}. */
    static void configure(JavalinConfig config, StoryStore store, Supplier<StoreWriter> writers, ServerConfig server) {
        config.jetty.host = server.host();
        config.jetty.port = server.port();
        config.http.maxRequestSize = server.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.startup.showJavalinBanner = false;
        config.router.ignoreTrailingSlashes = true;

        ReadApi api = new ReadApi(store);
        IngestApi ingest = new IngestApi(writers, server);
        WebPages pages = new WebPages(store);

        var routes = config.routes;
        routes.before(SecurityHeaders::apply);
        routes.get("/api/health", api::health);
        routes.get("/api/stories", api::stories);
        routes.get("/api/stories/{id}", api::story);
        routes.get("/api/stories/{id}/articles", api::storyArticles);
        routes.get("/api/articles/{id}", api::article);
        routes.post("/api/articles", ingest::post);
        routes.get("/api/entities", api::entities);
        routes.get("/api/quotes", api::quotes);
        routes.get("/api/search", api::search);

        routes.get("/", pages::stories);
        routes.get("/stories/{id}", pages::story);
        routes.get("/articles/{id}", pages::article);
        routes.get("/entities", pages::entities);
        routes.get("/search", pages::search);
        routes.get(PageLayout.STYLE, pages::style);
        routes.get("/favicon.ico", ctx -> ctx.status(204));

        routes.exception(ApiException.class, Errors::api);
        routes.exception(StoreLockedException.class, Errors::locked);
        routes.exception(HttpResponseException.class, Errors::http);
        routes.exception(Exception.class, Errors::unexpected);
    }
}
