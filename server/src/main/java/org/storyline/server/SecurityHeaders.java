package org.storyline.server;

import io.javalin.http.Context;

/**
 * The headers every answer carries. Pages run no script at all: the Content-Security-Policy allows only
 * the server's own style sheet, so text that slipped through as markup could still not run or load
 * anything. The stand-alone brief ({@code ?format=html}) gets the policy of its own page instead.
 */
final class SecurityHeaders {

    /** The Content-Security-Policy header's name. */
    static final String CSP = "Content-Security-Policy";

    /** The policy of every answer but the stand-alone brief. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Sets the policy and its companions on {@code ctx}. */
    static void apply(Context ctx) {
        ctx.header(CSP, POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    /**
     * The policy of a stand-alone HTML brief, whose inline style and one script (under {@code nonce}) are
     * its own; no script at all when {@code nonce} is {@code null}.
     */
    static String briefPolicy(String nonce) {
        return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                + "script-src " + (nonce == null ? "'none'" : "'nonce-" + nonce + "'")
                + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }
}
