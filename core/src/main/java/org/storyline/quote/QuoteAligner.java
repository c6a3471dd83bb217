package org.storyline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyline.model.CleanArticle;
import org.storyline.nlp.MiniLmEmbedder;
import org.storyline.nlp.SentenceEmbedder;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.model.Span;
import org.storyline.text.WordSet;

/**
 * Joins the quotes of a story's articles into statements: two quotes are one statement when the same
 * speaker says nearly the same words or the same thing in other words (a translated variant: their
 * sentence embeddings are close), or when the words are all but identical and no two different speakers
 * are named for them: one quote's words nearly all in the other's when one of them has no speaker, the two
 * wordings nearly the same when they give different sources (an outlet names the spokesman another
 * leaves unnamed), so a phrase of one source is not taken for another's longer quote. One speaker's different
 * statements stay apart. Unnamed sources in different
 * articles are not assumed to be the same person, so their quotes join only on near-identical words.
 */
public final class QuoteAligner {

    static final double SAME_SPEAKER_CONTAINMENT = 0.6;
    static final double SAME_SPEAKER_JACCARD = 0.35;
    static final double SAME_WORDS_CONTAINMENT = 0.85;
    /** Word overlap at which two quotes given to different sources are one wording, not a part of a longer one. */
    static final double TWO_SOURCES_JACCARD = 0.7;
    /**
     * Embedding cosine at which one speaker's two wordings with the same figures are one statement:
     * translated variants score about 0.87 to 0.89, different statements on one topic up to about 0.8.
     */
    static final double SAME_MEANING = 0.84;

    private final SentenceEmbedder embedder;

    /** An aligner that compares meanings with the default sentence embedder. */
    public QuoteAligner() {
        this(new MiniLmEmbedder());
    }

    /** An aligner that compares meanings with {@code embedder}. */
    public QuoteAligner(SentenceEmbedder embedder) {
        this.embedder = java.util.Objects.requireNonNull(embedder, "embedder");
    }

    /**
     * Whether two wordings give one statement of one speaker, the shorter perhaps only part of it: the words of
     * the shorter are nearly all in the longer, or the figures and the meaning are the same (a translation).
     */
    public boolean sameStatement(String a, String b) {
        return WordSet.of(a).containment(WordSet.of(b)) >= SAME_SPEAKER_CONTAINMENT
                || sameFigures(a, b) && SentenceEmbedder.cosine(embedder.embed(a), embedder.embed(b)) >= SAME_MEANING;
    }

    /** One group of quotes being joined. */
    private static final class Group {
        final List<AttributedQuote> members = new ArrayList<>();
        final WordSet words;
        final float[] meaning;
        Speaker speaker;

        Group(AttributedQuote first, float[] meaning) {
            members.add(first);
            words = WordSet.of(first.text());
            this.meaning = meaning;
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
            float[] meaning = q.speaker().name() != null ? embedder.embed(q.text()) : null;
            Group home = null;
            for (Group g : groups) {
                boolean sameKind = g.members.get(0).direct() == q.direct();
                if (sameKind && g.members.stream().noneMatch(m -> m.article().equals(q.article())) && same(g, q, words, meaning)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new Group(q, meaning));
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
                sources.add(new QuoteSource(m.article(), span.start(), span.end(), m.text(), cue(m, a)));
            }
            Speaker s = g.speaker;
            out.add(new Quote(g.members.get(0).text(), s.anonymous() ? null : s.name(), s.anonymous(),
                    s.description(), g.members.get(0).direct(), sources));
        }
        return out;
    }

    /** The words that name the speaker of {@code q}, in source characters of its article, or {@code null}. */
    private static QuoteSource.Cue cue(AttributedQuote q, CleanArticle article) {
        if (q.cue() == null) {
            return null;
        }
        Span span = article.toSource(q.cue().start(), q.cue().end());
        return new QuoteSource.Cue(span.start(), span.end(), article.text().substring(q.cue().start(), q.cue().end()));
    }

    /** Whether two wordings give the same numbers, if any: statements with different figures are different. */
    static boolean sameFigures(String a, String b) {
        return figures(a).equals(figures(b));
    }

    private static java.util.Set<String> figures(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        return out;
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*");

    private static boolean same(Group g, AttributedQuote q, WordSet words, float[] meaning) {
        Speaker a = g.speaker;
        Speaker b = q.speaker();
        double containment = g.words.containment(words);
        boolean sameNamed = a.name() != null && a.name().equals(b.name()) && !a.anonymous() && !b.anonymous();
        if (sameNamed) {
            boolean sameWords = containment >= SAME_SPEAKER_CONTAINMENT && g.words.jaccard(words) >= SAME_SPEAKER_JACCARD;
            boolean sameMeaning = g.meaning != null && meaning != null && sameFigures(g.members.get(0).text(), q.text())
                    && SentenceEmbedder.cosine(g.meaning, meaning) >= SAME_MEANING;
            return sameWords || sameMeaning;
        }
        boolean conflicting = a.name() != null && b.name() != null;
        boolean twoSpeakers = a.known() && b.known() && !a.equals(b);
        boolean sameWords = containment >= SAME_WORDS_CONTAINMENT
                && (!twoSpeakers || g.words.jaccard(words) >= TWO_SOURCES_JACCARD);
        return !conflicting && sameWords && Math.min(g.words.words().size(), words.words().size()) >= 3;
    }
}
