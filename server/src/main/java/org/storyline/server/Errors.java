package org.storyline.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storyline.store.StoreLockedException;

/**
 * Turns every failure into an answer with the right status: JSON {@code {"error": ..., "status": N}}
 * under {@code /api}, a small HTML page elsewhere. A 500 says only that something went wrong, never what
 * (no stack trace, no internal message); the cause is logged.
 */
final class Errors {

    private static final Logger LOG = Logger.getLogger(Errors.class.getName());

    private Errors() {
    }

    /** An {@link ApiException}: its status and message. */
    static void api(ApiException e, Context ctx) {
        send(ctx, e.status(), e.getMessage());
    }

    /** The store is held by another writer: 409, naming the holder. */
    static void locked(StoreLockedException e, Context ctx) {
        send(ctx, 409, e.getMessage());
    }

    /** Javalin's own refusals (no such route, wrong method, bad request line): their status, a plain message. */
    static void http(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String message = switch (status) {
            case 404 -> "no such address: " + Params.shown(ctx.path());
            case 405 -> "method " + ctx.method() + " is not allowed on " + Params.shown(ctx.path());
            case 413 -> "request body is too large";
            default -> status >= 500 ? "internal error" : "bad request";
        };
        send(ctx, status, message);
    }

    /** Anything else: 500, logged, its details kept from the client. */
    static void unexpected(Exception e, Context ctx) {
        LOG.log(Level.SEVERE, "request " + ctx.method() + " " + ctx.path() + " failed", e);
        send(ctx, 500, "internal error");
    }

    /** Answers {@code status} with {@code message}, as JSON under {@code /api}, else as a page. */
    static void send(Context ctx, int status, String message) {
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            Json.send(ctx, status, Json.error(status, message));
        } else {
            ctx.status(status).contentType("text/html; charset=utf-8")
                    .result(PageLayout.page("Error " + status, html -> html.element("h1", "Error " + status)
                            .element("p", message).open("p").link("/", "All stories").close("p")));
        }
    }
}
