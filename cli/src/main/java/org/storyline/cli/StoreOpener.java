package org.storyline.cli;

import java.nio.file.Path;
import org.storyline.store.StoreWriter;
import org.storyline.store.StoryStore;

/**
 * Opens the store in a directory: the one seam between the commands that use a store and its
 * implementation, so that the commands depend on the store API only.
 */
public interface StoreOpener {

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
