package org.storyline.store;

/** Hears how an ingest is going; all methods are called on the writer's thread. */
public interface IngestListener {

    /** A listener that ignores everything. */
    IngestListener NONE = new IngestListener() {
    };

    /** {@code done} of {@code total} articles have been looked at. */
    default void progress(int done, int total) {
    }

    /** A batch is durable: {@code articleIds} are stored and will survive any crash from now on. */
    default void committed(java.util.List<String> articleIds) {
    }
}
