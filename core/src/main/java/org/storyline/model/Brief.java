package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything storyline tells about one story, each claim with its sources.
 *
 * @param id        the story's id
 * @param headline  the story's headline
 * @param articles  the story's cleaned articles
 * @param entities  people, organisations and places, most mentioned first
 * @param quotes    statements with their speakers and sources
 * @param facts     facts with their sources, best supported first
 * @param summary   5 to 10 sentences, each citing every article that reports it
 * @param exclusive what single articles alone report
 * @param conflicts facts on which the articles give different values
 * @param timeline  the story's dated events, earliest first
 * @param coverage  per article, what only it reports and what it leaves out
 */
public record Brief(String id, String headline, List<CleanArticle> articles, List<Entity> entities,
                    List<Quote> quotes, List<Fact> facts, List<BriefSentence> summary, List<Exclusive> exclusive,
                    List<Conflict> conflicts, List<TimelineEvent> timeline, List<Coverage> coverage) {

    public Brief {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        facts = List.copyOf(facts);
        summary = List.copyOf(summary);
        exclusive = List.copyOf(exclusive);
        conflicts = List.copyOf(conflicts);
        timeline = List.copyOf(timeline);
        coverage = List.copyOf(coverage);
    }

    /** A brief without conflicts, timeline or coverage. */
    public Brief(String id, String headline, List<CleanArticle> articles, List<Entity> entities,
                 List<Quote> quotes, List<Fact> facts, List<BriefSentence> summary, List<Exclusive> exclusive) {
        this(id, headline, articles, entities, quotes, facts, summary, exclusive, List.of(), List.of(), List.of());
    }

    /** This brief with {@code replacement} as its articles. */
    public Brief withArticles(List<CleanArticle> replacement) {
        return new Brief(id, headline, replacement, entities, quotes, facts, summary, exclusive, conflicts, timeline,
                coverage);
    }
}
