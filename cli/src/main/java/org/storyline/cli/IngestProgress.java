package org.storyline.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import org.storyline.store.IngestListener;

/**
 * What {@code storyline ingest} tells while it runs: a line {@code committed N articles: ID...} on stdout per
 * commit (those articles survive any crash from then on); on stderr a progress bar with counts and rate when
 * stderr is a terminal, else a plain progress line every {@value #PLAIN_EVERY_MS} ms.
 */
final class IngestProgress implements IngestListener, AutoCloseable {

    /** How often a plain progress line is printed when there is no terminal. */
    static final long PLAIN_EVERY_MS = 10_000;

    private final PrintWriter out;
    private final PrintWriter err;
    private final PrintStream terminal;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private long lastLine = System.nanoTime();
    private boolean finished;

    /**
     * @param terminal the terminal stream to draw a bar on, or {@code null} for plain lines on {@code err}
     */
    IngestProgress(PrintWriter out, PrintWriter err, PrintStream terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** stderr if it looks like a terminal (a console is attached and TERM is not dumb), else {@code null}. */
    static PrintStream terminalOrNull() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.equals("dumb") ? System.err : null;
    }

    @Override
    public void progress(int done, int total) {
        if (terminal != null) {
            if (bar == null) {
                bar = ProgressBars.on(terminal, "ingest", total, " articles");
            }
            bar.stepTo(done);
        } else if (!finished && (System.nanoTime() - lastLine >= PLAIN_EVERY_MS * 1_000_000 || done == total)) {
            finished = done == total;
            lastLine = System.nanoTime();
            double seconds = Math.max(1e-3, (lastLine - start) / 1e9);
            err.printf("storyline: %d/%d articles looked at (%.1f/s)%n", done, total, done / seconds);
            err.flush();
        }
    }

    @Override
    public void committed(List<String> articleIds) {
        out.println("committed " + articleIds.size() + " articles: " + String.join(" ", articleIds));
        out.flush();
    }

    /** Seconds since the ingest started. */
    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
