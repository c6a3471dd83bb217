package org.storyline.bench.scale;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.storyline.bench.synthetic.Universe;

/**
 * The endless arrival order of the copies of some real articles in universes {@code 0, 1, 2, ...}: by day, the
 * universes interleaved as their days fall (universe {@code k}'s days are the real ones moved
 * {@code k * }{@link Universe#SHIFT_DAYS} days later), and within a day shuffled with a fixed seed. Only
 * (universe, article) pairs are made, never articles: a universe joins the merge when its first day comes up,
 * and leaves it when its last article has arrived, so memory follows the universes that overlap in time.
 */
final class ArrivalOrder implements Iterator<ArrivalOrder.Arrival> {

    /** The copy of real article number {@code article} in universe number {@code universe}. */
    record Arrival(int universe, int article) {
    }

    private final long[] dayOf;
    private final int[] byDay;
    private final Random random;
    private final PriorityQueue<Cursor> merging = new PriorityQueue<>(
            Comparator.comparingLong(Cursor::day).thenComparingInt(c -> c.universe));
    private final ArrayDeque<Arrival> today = new ArrayDeque<>();
    private int nextUniverse;

    /**
     * The order of the real articles whose days, in universe 0, are {@code days} (an undated article has its
     * universe-0 day, {@link Universe#moveDay} of {@code null}), shuffled within a day by {@code seed}.
     */
    ArrivalOrder(List<LocalDate> days, long seed) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no real article to copy");
        }
        dayOf = days.stream().mapToLong(LocalDate::toEpochDay).toArray();
        byDay = java.util.stream.IntStream.range(0, dayOf.length).boxed()
                .sorted(Comparator.comparingLong(i -> dayOf[i])).mapToInt(Integer::intValue).toArray();
        random = new Random(seed);
    }

    /** Always: there are always more universes. */
    @Override
    public boolean hasNext() {
        return true;
    }

    /** The next arrival. */
    @Override
    public Arrival next() {
        if (today.isEmpty()) {
            fillNextDay();
        }
        return today.poll();
    }

    /** Universes that have begun and not ended: those whose copies are being merged. */
    int overlapping() {
        return merging.size();
    }

    private void fillNextDay() {
        while (merging.isEmpty() || startOf(nextUniverse) <= merging.peek().day()) {
            merging.add(new Cursor(nextUniverse++));
        }
        long day = merging.peek().day();
        List<Arrival> arrivals = new ArrayList<>();
        while (!merging.isEmpty() && merging.peek().day() == day) {
            Cursor c = merging.poll();
            arrivals.add(new Arrival(c.universe, byDay[c.position++]));
            if (c.position < byDay.length) {
                merging.add(c);
            }
        }
        Collections.shuffle(arrivals, random);
        today.addAll(arrivals);
    }

    private long startOf(int universe) {
        return dayOf[byDay[0]] + (long) Universe.SHIFT_DAYS * universe;
    }

    /** A universe's place in the real articles by day. */
    private final class Cursor {
        final int universe;
        int position;

        Cursor(int universe) {
            this.universe = universe;
        }

        long day() {
            return dayOf[byDay[position]] + (long) Universe.SHIFT_DAYS * universe;
        }
    }
}
