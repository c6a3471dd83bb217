package org.storyline.store.lucene;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a store lives: the directory given (a {@code --store DIR} option), else the environment variable
 * {@value #ENV}, else {@code ~/.storyline}. Inside it, the index is in {@code index/} and the writer's lock in
 * {@value #LOCK_FILE}.
 */
public final class StoreLocation {

    /** The environment variable that names the default store directory. */
    public static final String ENV = "STORYLINE_STORE";
    /** The lock file a writer holds, with its PID inside. */
    public static final String LOCK_FILE = "writer.lock";

    private StoreLocation() {
    }

    /**
     * The store directory to use.
     *
     * @param given the directory asked for explicitly, or {@code null}
     * @param env   the environment (usually {@link System#getenv()})
     * @return {@code given}, else {@code $STORYLINE_STORE}, else {@code ~/.storyline}
     */
    public static Path resolve(Path given, Map<String, String> env) {
        if (given != null) {
            return given;
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"), ".storyline");
    }

    /** The index directory of the store at {@code store}. */
    static Path index(Path store) {
        return store.resolve("index");
    }
}
