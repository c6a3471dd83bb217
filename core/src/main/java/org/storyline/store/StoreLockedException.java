package org.storyline.store;

/** The store is held by another writer; the message names the store and the holder's PID when known. */
public final class StoreLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The store at {@code where} is locked by process {@code pid} ({@code -1} when unknown). */
    public StoreLockedException(String where, long pid) {
        super("store " + where + " is locked by " + (pid > 0 ? "PID " + pid : "another process")
                + " (another storyline ingest or serve is writing to it)");
    }
}
