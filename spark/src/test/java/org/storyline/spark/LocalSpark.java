package org.storyline.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** The tests' Spark: one {@code local[2]} session for the whole test JVM, and where the fixtures are. */
public final class LocalSpark {

    private LocalSpark() {
    }

    /** The shared session, started on first use. */
    public static synchronized SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("storyline-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    /** A file or folder of the repository, from the module folder ({@code ../examples/...}). */
    public static Path repo(String path) {
        return Path.of("..").resolve(path).toAbsolutePath().normalize();
    }

    /**
     * The ECB+ benchmark file of the shared folder beside the repository, looked for beside every folder
     * above the module, or empty when there is none (a clone without it).
     */
    public static Optional<Path> ecbPlus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path parent = dir.getParent();
            if (parent == null) {
                break;
            }
            Path file = parent.resolve("shared/benchmarks/story-clustering/ecbplus.jsonl");
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
