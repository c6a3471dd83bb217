package org.storyline.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bars the commands draw on a terminal: ASCII, with counts and speed. */
final class ProgressBars {

    private ProgressBars() {
    }

    /** A bar named {@code task} up to {@code total} {@code unit}s (a unit starts with a space), on {@code terminal}. */
    static ProgressBar on(PrintStream terminal, String task, int total, String unit) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(unit, 1)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setConsumer(new ConsoleProgressBarConsumer(terminal))
                .build();
    }
}
