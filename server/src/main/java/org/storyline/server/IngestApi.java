package org.storyline.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.storyline.ingest.Ingested;
import org.storyline.model.Problem;
import org.storyline.store.IngestListener;
import org.storyline.store.IngestReport;
import org.storyline.store.StoreWriter;

/**
 * {@code POST /api/articles}: adds the body's articles to the store and answers with the
 * {@link IngestReport}, articles that could not be read listed among its problems. Checks come cheapest
 * first: a read-only server (405), the token (401), the content type (415), the size (413), the body (400).
 * The writer is opened for each request and closed after it, so another process may write between requests;
 * while another process holds the store, the answer is 409. Requests to this server queue for the writer.
 */
final class IngestApi {

    private final Supplier<StoreWriter> writers;
    private final ServerConfig config;
    private final ReentrantLock writing = new ReentrantLock(true);

    /**
     * The endpoint writing through {@code writers} ({@code null}: the server is read-only).
     */
    IngestApi(Supplier<StoreWriter> writers, ServerConfig config) {
        this.writers = writers;
        this.config = config;
    }

    /** Handles one {@code POST /api/articles}. */
    void post(Context ctx) {
        if (writers == null) {
            ctx.header("Allow", "GET, HEAD");
            throw new ApiException(405, "this server is read-only: it was started without a store writer");
        }
        authorize(ctx);
        String type = mediaType(ctx.contentType());
        Ingested read = switch (type) {
            case "application/json" -> RequestArticles.fromJson(BoundedBody.read(ctx, config.maxBodyBytes()));
            case "text/html" -> {
                String id = Params.required(ctx, "id", Params.MAX_NAME);
                String url = Params.text(ctx, "url", 2048);
                yield RequestArticles.fromHtml(BoundedBody.read(ctx, config.maxBodyBytes()), id, url,
                        charset(ctx.contentType()));
            }
            default -> throw new ApiException(415, "Content-Type must be application/json (an article object or "
                    + "an array of them) or text/html (a page, with ?id=), got '" + Params.shown(type) + "'");
        };
        if (read.articles().isEmpty()) {
            Json.send(ctx, 400, problems(read.problems()));
            return;
        }
        IngestReport report;
        writing.lock();
        try (StoreWriter writer = writers.get()) {
            report = writer.add(read.articles(), IngestListener.NONE);
        } finally {
            writing.unlock();
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(report.problems());
        Json.send(ctx, new IngestReport(report.added(), report.duplicates(), report.storiesCreated(),
                report.storiesUpdated(), problems));
    }

    /** Refuses a write without the configured bearer token with 401. */
    private void authorize(Context ctx) {
        if (config.token() == null) {
            return;
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                config.token().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, header == null ? "this server needs 'Authorization: Bearer TOKEN' to write"
                    : "the bearer token is wrong");
        }
    }

    /** The 400 body when no article could be read: the error and every problem. */
    private static Object problems(List<Problem> problems) {
        var node = Json.error(400, problems.isEmpty() ? "no article could be read from the body"
                : "no article could be read from the body: " + problems.get(0).reason());
        node.putPOJO("problems", problems);
        return node;
    }

    /** {@code text/html; charset=utf-8} → {@code text/html}. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} of a content type, or {@code null}. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }
}
