package org.storyline.render;

import java.util.List;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.Conflict;
import org.storyline.model.Coverage;
import org.storyline.model.Fact;
import org.storyline.model.FactKind;
import org.storyline.model.TimelineEvent;

/** {@link Fixtures#brief()} with a conflict, a timeline and coverage, for the sections across the story. */
final class StoryFixtures {

    private StoryFixtures() {
    }

    static Brief brief() {
        Brief base = Fixtures.brief();
        Conflict aid = new Conflict(FactKind.MONEY, "military aid", List.of(
                new Fact(FactKind.MONEY, "EUR 20900000000", "€20.9 billion", "military aid",
                        List.of(new Citation("post", 0, 8))),
                new Fact(FactKind.MONEY, "EUR 21000000000", "21 billion euros", "military aid",
                        List.of(new Citation("ntb", 0, 5), new Citation("efe", 17, 21)))));
        List<TimelineEvent> timeline = List.of(
                new TimelineEvent("1997", "The Founding Act dates back to 1997.", List.of(new Citation("ntb", 0, 10))),
                new TimelineEvent("2024-10-17", "Ministers met in Brussels on Thursday.",
                        List.of(new Citation("efe", 17, 40), new Citation("post", 0, 8))));
        List<Coverage> coverage = List.of(
                new Coverage("post", List.of(new BriefSentence("Zelensky presented his plan.",
                        List.of(new Citation("post", 0, 28)))), List.of()),
                new Coverage("ntb", List.of(), List.of(new BriefSentence("NATO will raise support for Ukraine.",
                        List.of(new Citation("efe", 17, 40), new Citation("post", 0, 8))))));
        return new Brief(base.id(), base.headline(), base.articles(), base.entities(), base.quotes(), base.facts(),
                base.summary(), base.exclusive(), List.of(aid), timeline, coverage);
    }
}
