package org.storyline.bench.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.cluster.StreamArticle;

class StreamingBenchmarkTest {

    private static StreamArticle article(String id, String day) {
        return new StreamArticle(id, List.of("word"), day == null ? null : LocalDate.parse(day), null);
    }

    private final List<StreamArticle> articles = List.of(article("late", "2013-05-03"), article("u1", null),
            article("early", "2009-01-02"), article("u2", null), article("mid", "2011-07-01"));

    @Test
    void datedArticlesArriveInDateOrderAndEveryUndatedOneSomewhere() {
        List<String> order = StreamingBenchmark.arrivalOrder(articles, new Random(42)).stream()
                .map(StreamArticle::id).toList();

        assertThat(order).containsExactlyInAnyOrder("late", "u1", "early", "u2", "mid");
        assertThat(order.stream().filter(id -> !id.startsWith("u")).toList()).containsExactly("early", "mid", "late");
    }

    @Test
    void sameSeedGivesTheSameOrder() {
        assertThat(StreamingBenchmark.arrivalOrder(articles, new Random(7)))
                .isEqualTo(StreamingBenchmark.arrivalOrder(articles, new Random(7)));
    }
}
