package org.storyline.cli;

import java.nio.file.Path;
import org.storyline.store.StoreNotFoundException;
import org.storyline.store.lucene.LuceneStoryStore;
import org.storyline.store.lucene.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --store DIR} option of the store commands, and opening the store it names. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store directory (default: $" + StoreLocation.ENV + ", else ~/.storyline).")
    private Path store;

    /** Creates the option. */
    public StoreOption() {
    }

    /** The store directory: {@code --store}, else {@code $STORYLINE_STORE}, else {@code ~/.storyline}. */
    Path dir() {
        return StoreLocation.resolve(store, System.getenv());
    }

    /**
     * Opens the store for reading; a missing store is a usage error (exit code {@link ExitCodes#USAGE}).
     *
     * @param spec the command, for the error
     */
    LuceneStoryStore openReader(CommandSpec spec) {
        try {
            return LuceneStoryStore.open(dir());
        } catch (StoreNotFoundException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
