package org.storyline.pipeline;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a stage to every item of a list on all cores (the common fork-join pool), keeping the items' order, so
 * that the output and its problems are the same as one core would give. A stage that throws for one item
 * fails that item only.
 */
final class OnAllCores {

    private OnAllCores() {
    }

    /** The result of a stage for one item: its value, or the exception that stopped it. */
    record Outcome<I, O>(I item, O value, RuntimeException failure) {

        boolean ok() {
            return failure == null;
        }
    }

    /**
     * {@code stage} applied to each of {@code items}, in their order, telling {@code progress} of the start, of
     * each item done and of the end, as {@code step}.
     */
    static <I, O> List<Outcome<I, O>> map(List<I> items, Function<I, O> stage, PipelineProgress progress,
                                          PipelineProgress.Stage step) {
        int total = items.size();
        progress.progress(step, 0, total);
        AtomicInteger done = new AtomicInteger();
        List<Outcome<I, O>> out = items.parallelStream().map(item -> {
            Outcome<I, O> outcome;
            try {
                outcome = new Outcome<>(item, stage.apply(item), null);
            } catch (RuntimeException e) {
                outcome = new Outcome<>(item, null, e);
            }
            int now = done.incrementAndGet();
            if (now < total) {
                progress.progress(step, now, total);
            }
            return outcome;
        }).toList();
        progress.progress(step, total, total);
        return out;
    }
}
