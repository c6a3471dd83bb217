package org.storyline.server;

/**
 * A request that cannot be answered as asked: the HTTP status to send and a message for the client,
 * which names the bad parameter or value. Never carries internal details.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** A failure with {@code status} and the client-facing {@code message}. */
    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** 400: a bad parameter, body or query. */
    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** 404: nothing with that id. */
    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** The HTTP status to send. */
    int status() {
        return status;
    }
}
