package org.storyline.cli;

import java.nio.file.Path;
import org.storyline.store.StoreWriter;
import org.storyline.store.StoryStore;

/**
 * Opens the store in a directory: the one seam between the commands that use a store and its
 * implementation, so that the commands depend on the store API only.
 */
public interface StoreOpener {

    /** An opener for a build without a store implementation: every open fails, saying so. */
    StoreOpener UNAVAILABLE = new StoreOpener() {
        @Override
        public StoryStore openReader(Path dir) {
            throw new IllegalStateException("this build of storyline has no store implementation (cannot open " + dir + ")");
        }

        @Override
        public StoreWriter openWriter(Path dir) {
            throw new IllegalStateException("this build of storyline has no store implementation (cannot open " + dir + ")");
        }
    };

    /**
     * A reader of the store in {@code dir}, which sees what writers commit while it is open.
     *
     * @throws IllegalArgumentException when {@code dir} holds no store; the message names it
     */
    StoryStore openReader(Path dir);

    /**
     * The writer of the store in {@code dir}, creating the store when the directory is empty or missing.
     *
     * @throws org.storyline.store.StoreLockedException when another writer holds the store
     */
    StoreWriter openWriter(Path dir);
}
