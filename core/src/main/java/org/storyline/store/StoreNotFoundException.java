package org.storyline.store;

/** There is no store where one was asked for; the message names the directory and how to create a store. */
public final class StoreNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** No store at {@code where}. */
    public StoreNotFoundException(String where) {
        super("no store at " + where + ": add articles first with 'storyline ingest PATH --store " + where + "'");
    }
}
