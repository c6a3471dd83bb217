package org.storyline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyline.model.CleanArticle;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.model.Span;
import org.storyline.text.WordSet;

/**
 * Joins the quotes of a story's articles into statements: two quotes are one statement when the same
 * speaker says nearly the same words (a translated or trimmed variant included), or when the words are
 * all but identical and no two different speakers are named for them. Unnamed sources in different
 * articles are not assumed to be the same person, so their quotes join only on near-identical words.
 */
public final class QuoteAligner {

    static final double SAME_SPEAKER_CONTAINMENT = 0.6;
    static final double SAME_SPEAKER_JACCARD = 0.35;
    static final double SAME_WORDS_CONTAINMENT = 0.85;

    /** One group of quotes being joined. */
    private static final class Group {
        final List<AttributedQuote> members = new ArrayList<>();
        final WordSet words;
        Speaker speaker;

        Group(AttributedQuote first) {
            members.add(first);
            words = WordSet.of(first.text());
            speaker = first.speaker();
        }
    }

    /**
     * The statements of a story.
     *
     * @param quotes   every article's quotes, in article order
     * @param articles the story's articles by id, for mapping quotes to source offsets
     */
    public List<Quote> align(List<AttributedQuote> quotes, Map<String, CleanArticle> articles) {
        List<Group> groups = new ArrayList<>();
        for (AttributedQuote q : quotes) {
            WordSet words = WordSet.of(q.text());
            Group home = null;
            for (Group g : groups) {
                boolean sameKind = g.members.get(0).direct() == q.direct();
                if (sameKind && g.members.stream().noneMatch(m -> m.article().equals(q.article())) && same(g, q, words)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new Group(q));
            } else {
                home.members.add(q);
                if (!home.speaker.known()) {
                    home.speaker = q.speaker();
                }
            }
        }
        List<Quote> out = new ArrayList<>();
        for (Group g : groups) {
            List<QuoteSource> sources = new ArrayList<>();
            for (AttributedQuote m : g.members) {
                CleanArticle a = articles.get(m.article());
                Span span = a.toSource(m.start(), m.end());
                sources.add(new QuoteSource(m.article(), span.start(), span.end(), m.text()));
            }
            Speaker s = g.speaker;
            out.add(new Quote(g.members.get(0).text(), s.anonymous() ? null : s.name(), s.anonymous(),
                    s.description(), g.members.get(0).direct(), sources));
        }
        return out;
    }

    private static boolean same(Group g, AttributedQuote q, WordSet words) {
        Speaker a = g.speaker;
        Speaker b = q.speaker();
        double containment = g.words.containment(words);
        boolean sameNamed = a.name() != null && a.name().equals(b.name()) && !a.anonymous() && !b.anonymous();
        if (sameNamed) {
            return containment >= SAME_SPEAKER_CONTAINMENT && g.words.jaccard(words) >= SAME_SPEAKER_JACCARD;
        }
        boolean conflicting = a.name() != null && b.name() != null;
        return !conflicting && containment >= SAME_WORDS_CONTAINMENT && Math.min(g.words.words().size(), words.words().size()) >= 3;
    }
}
