package org.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.fact.FactExtractor;
import org.storyline.fact.FactMention;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.TimelineEvent;

class TimelineBuilderTest {

    private static List<TimelineEvent> timeline;

    @BeforeAll
    static void build() {
        List<AnnotatedArticle> articles = List.of(
                Stories.article("a", "River News", null, "New bridge opens",
                        "The new bridge over the river Maas opened to traffic on March 3, 2021 after long delays.",
                        "Construction of the bridge began in 2017 under the previous city council.",
                        "Engineers expect the bridge to carry 40,000 cars a day within a year."),
                Stories.article("b", "Valley Post", null, "Maas bridge open",
                        "On March 3, 2021 the new bridge over the river Maas opened to traffic after long delays.",
                        "Drivers had waited for the crossing for many years, the city council said."));
        List<FactMention> facts = new ArrayList<>();
        FactExtractor extractor = new FactExtractor();
        articles.forEach(a -> facts.addAll(extractor.extract(a.clean())));
        timeline = TimelineBuilder.build(Stories.sentences(articles), facts);
    }

    @Test
    void datedEventsAreInDateOrder() {
        assertThat(timeline).extracting(TimelineEvent::when).containsExactly("2017", "2021-03-03");
        assertThat(timeline.get(0).text()).startsWith("Construction of the bridge began");
    }

    @Test
    void sameEventOnTheSameDateInTwoArticlesIsOneEventCitingBoth() {
        assertThat(timeline.get(1).sources()).extracting(Citation::article).containsExactly("a", "b");
    }

    @Test
    void sentenceWithoutADateIsNoEvent() {
        assertThat(timeline).extracting(TimelineEvent::text).noneMatch(t -> t.contains("40,000 cars"));
    }
}
