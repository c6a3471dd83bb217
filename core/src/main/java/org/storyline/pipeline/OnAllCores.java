package org.storyline.pipeline;

import java.util.List;
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

    /** {@code stage} applied to each of {@code items}, in their order. */
    static <I, O> List<Outcome<I, O>> map(List<I> items, Function<I, O> stage) {
        return items.parallelStream().map(item -> {
            try {
                return new Outcome<I, O>(item, stage.apply(item), null);
            } catch (RuntimeException e) {
                return new Outcome<I, O>(item, null, e);
            }
        }).toList();
    }
}
