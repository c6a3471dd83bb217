package org.storyline.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.storyline.store.StoreNotFoundException;
import org.storyline.store.StoreWriter;
import org.storyline.store.StoryStore;
import org.storyline.store.lucene.IngestStages;
import org.storyline.store.lucene.LuceneStoreWriter;
import org.storyline.store.lucene.LuceneStoryStore;

/**
 * Opens the embedded Lucene store. The pipeline stages of writers load once, on the first write, and are
 * shared by every writer this opener opens (the server opens one per ingest request).
 */
final class LuceneStoreOpener implements StoreOpener {

    private final Supplier<IngestStages> stages;
    private IngestStages loaded;

    /** An opener whose writers run {@code stages}, asked for once. */
    LuceneStoreOpener(Supplier<IngestStages> stages) {
        this.stages = Objects.requireNonNull(stages, "stages");
    }

    @Override
    public StoryStore openReader(Path dir) {
        try {
            return LuceneStoryStore.open(dir);
        } catch (StoreNotFoundException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public StoreWriter openWriter(Path dir) {
        return LuceneStoreWriter.open(dir, stages(), LuceneStoreWriter.DEFAULT_BATCH);
    }

    private synchronized IngestStages stages() {
        if (loaded == null) {
            loaded = stages.get();
        }
        return loaded;
    }
}
