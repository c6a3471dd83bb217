package org.storyline.store;

/** A search query that cannot be understood; the message says where and why. */
public final class StoreQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A bad query, with the reason. */
    public StoreQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
