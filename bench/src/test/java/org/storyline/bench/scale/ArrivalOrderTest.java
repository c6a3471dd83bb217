package org.storyline.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.storyline.bench.scale.ArrivalOrder.Arrival;
import org.storyline.bench.synthetic.Universe;

class ArrivalOrderTest {

    private static final LocalDate BASE = LocalDate.of(2010, 1, 1);

    /** Real articles on days 0, 40 and 100 (given out of order): universe k has them on 30k, 40 + 30k, 100 + 30k. */
    private static final List<LocalDate> DAYS = List.of(BASE.plusDays(100), BASE, BASE.plusDays(40));

    private static List<Arrival> first(ArrivalOrder order, int n) {
        List<Arrival> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(order.next());
        }
        return out;
    }

    private static LocalDate dayOf(Arrival a) {
        return new Universe(a.universe()).moveDay(DAYS.get(a.article()));
    }

    @Test
    void universesInterleaveAsTheirDaysFall() {
        List<Arrival> order = first(new ArrivalOrder(DAYS, 1), 8);
        assertThat(order.subList(0, 6)).containsExactly(new Arrival(0, 1), new Arrival(1, 1), new Arrival(0, 2),
                new Arrival(2, 1), new Arrival(1, 2), new Arrival(3, 1));
        assertThat(order.subList(6, 8)).containsExactlyInAnyOrder(new Arrival(0, 0), new Arrival(2, 2));
    }

    @Test
    void daysNeverGoBackAndEveryCopyArrivesOnce() {
        List<Arrival> order = first(new ArrivalOrder(DAYS, 7), 3000);
        for (int i = 1; i < order.size(); i++) {
            assertThat(dayOf(order.get(i))).isAfterOrEqualTo(dayOf(order.get(i - 1)));
        }
        assertThat(new HashSet<>(order)).hasSize(order.size());
        for (int universe = 0; universe < 900; universe++) {
            for (int article = 0; article < DAYS.size(); article++) {
                assertThat(order).contains(new Arrival(universe, article));
            }
        }
    }

    @Test
    void sameDayIsShuffledTheSameWayForTheSameSeed() {
        List<LocalDate> oneDay = IntStream.range(0, 40).mapToObj(i -> BASE).toList();
        List<Arrival> a = first(new ArrivalOrder(oneDay, 42), 40);
        assertThat(a).extracting(Arrival::universe).containsOnly(0);
        assertThat(a).extracting(Arrival::article).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 40).boxed()
                .toList()).isNotEqualTo(IntStream.range(0, 40).boxed().toList());
        assertThat(first(new ArrivalOrder(oneDay, 42), 40)).isEqualTo(a);
        assertThat(first(new ArrivalOrder(oneDay, 43), 40)).isNotEqualTo(a);
    }
}
