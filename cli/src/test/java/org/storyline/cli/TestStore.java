package org.storyline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.store.lucene.IngestStages;

/**
 * A store built once per test JVM from the example corpus with {@code storyline ingest}, shared by the store
 * commands' tests (which only read it), and the pipeline stages with the NLP models loaded once.
 */
final class TestStore {

    /** The stages, models loaded once per JVM. */
    static final IngestStages STAGES = IngestStages.with(new CoreNlpAnnotator());

    private static Path dir;
    private static CommandRun ingest;

    private TestStore() {
    }

    /** The shared store of the example corpus. */
    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path parent = Files.createTempDirectory("storyline-cli-store");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(parent)));
                dir = parent.resolve("store");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ingest = run("ingest", "../examples/nato-2024-10", "--store", dir.toString(), "--batch", "2");
            if (ingest.exitCode() != ExitCodes.OK) {
                throw new IllegalStateException("ingest of the example corpus failed: " + ingest.err());
            }
        }
        return dir;
    }

    /** What the ingest that built the shared store printed. */
    static synchronized CommandRun ingest() {
        dir();
        return ingest;
    }

    /** Runs {@code args} on the real command line with the shared stages. */
    static CommandRun run(String... args) {
        return CommandRun.execute(inputs -> {
            throw new AssertionError("brief is not run by the store commands");
        }, STAGES, args);
    }

    /** Runs {@code args} on the shared store: {@code --store DIR} is added. */
    static CommandRun onStore(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--store";
        all[args.length + 1] = dir().toString();
        return run(all);
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
