package org.storyline.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import org.storyline.pipeline.PipelineProgress;

/**
 * What {@code storyline brief} tells on stderr while it runs: a progress bar per stage when stderr is a terminal,
 * else a plain line every {@value IngestProgress#PLAIN_EVERY_MS} ms; and, after a run of at least that long,
 * the time each stage took. Short runs stay silent.
 */
final class BriefProgress implements PipelineProgress, AutoCloseable {

    private final PrintWriter err;
    private final PrintStream terminal;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private final Map<Stage, Long> startedAt = new EnumMap<>(Stage.class);
    private final Map<Stage, Long> tookNanos = new EnumMap<>(Stage.class);
    private ProgressBar bar;
    private long lastLine = System.nanoTime();

    /**
     * @param err      where plain lines and the stage times go
     * @param terminal the terminal stream to draw bars on, or {@code null} for plain lines on {@code err}
     */
    BriefProgress(PrintWriter err, PrintStream terminal) {
        this(err, terminal, IngestProgress.PLAIN_EVERY_MS * 1_000_000);
    }

    /** As above, with plain lines (and the stage times) after {@code everyNanos} instead of the default. */
    BriefProgress(PrintWriter err, PrintStream terminal, long everyNanos) {
        this.err = err;
        this.terminal = terminal;
        this.everyNanos = everyNanos;
    }

    @Override
    public synchronized void progress(Stage stage, int done, int total) {
        long now = System.nanoTime();
        boolean first = startedAt.putIfAbsent(stage, now) == null;
        boolean ended = done == total && !first;
        if (ended) {
            tookNanos.put(stage, now - startedAt.get(stage));
        }
        if (terminal != null) {
            draw(stage, done, total, ended);
        } else if (now - lastLine >= everyNanos) {
            lastLine = now;
            err.printf(Locale.ROOT, "storyline: %s %d/%d (%.0f s)%n", name(stage), done, total, seconds(now - start));
            err.flush();
        }
    }

    private void draw(Stage stage, int done, int total, boolean ended) {
        if (stage == Stage.INGEST || stage == Stage.CLUSTER) {
            return;
        }
        if (bar == null) {
            bar = ProgressBars.on(terminal, name(stage), total, stage == Stage.BRIEF ? " stories" : " articles");
        }
        bar.stepTo(done);
        if (ended) {
            bar.close();
            bar = null;
        }
    }

    /** Prints the time of each stage when the run was long enough to show progress. */
    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
        long total = System.nanoTime() - start;
        if (total >= everyNanos && !tookNanos.isEmpty()) {
            err.printf(Locale.ROOT, "storyline: %.1f s in all: %s%n", seconds(total), tookNanos.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.1f s (%.0f %%)", name(e.getKey()),
                            seconds(e.getValue()), 100.0 * e.getValue() / total))
                    .collect(Collectors.joining(", ")));
            err.flush();
        }
    }

    private static String name(Stage stage) {
        return stage == Stage.INGEST ? "ingest+clean" : stage.name().toLowerCase(Locale.ROOT);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
