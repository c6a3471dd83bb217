package org.storyline.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.fact.FactMention;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.Sentence;
import org.storyline.nlp.SentenceEmbedder;
import org.storyline.quote.AttributedQuote;
import org.storyline.support.AnnotatedText;
import org.storyline.support.SupportJudge;
import org.storyline.support.SupportLabel;
import org.storyline.text.ContentTerms;
import org.storyline.text.TfIdf;

/**
 * All sentences of a story with TF-IDF vectors fitted on the story, and which sentences of other
 * articles say the same thing: a sentence's best match in another article, when their cosine reaches
 * {@link #SAME_POINT} and the other sentence, read in its paragraph, states it ({@link SupportJudge}); and,
 * apart, the best sentence of each other article that states only part of it (related reporting).
 */
final class StorySentences {

    /** Cosine at which two sentences of different articles are taken to report the same point. */
    static final double SAME_POINT = 0.3;

    private final List<StorySentence> sentences;
    private final SupportJudge judge;
    private final SentenceEmbedder embedder;
    private final Map<StorySentence, Map<String, StorySentence>> matches = new java.util.HashMap<>();
    private final Map<StorySentence, Map<String, StorySentence>> related = new java.util.HashMap<>();
    private final Map<StorySentence, Double> closest = new java.util.HashMap<>();
    private final Map<String, List<StorySentence>> byArticle = new LinkedHashMap<>();

    private StorySentences(List<StorySentence> sentences, SupportJudge judge, SentenceEmbedder embedder) {
        this.sentences = sentences;
        this.judge = judge;
        this.embedder = embedder;
        sentences.forEach(s -> byArticle.computeIfAbsent(s.article().id(), k -> new ArrayList<>()).add(s));
        for (StorySentence s : sentences) {
            Map<String, StorySentence> best = new LinkedHashMap<>();
            Map<String, Double> score = new LinkedHashMap<>();
            double top = 0;
            Map<String, StorySentence> partial = new LinkedHashMap<>();
            Map<String, Double> partialScore = new LinkedHashMap<>();
            for (StorySentence o : sentences) {
                if (o.article() == s.article()) {
                    continue;
                }
                double c = s.vector().cosine(o.vector());
                top = Math.max(top, c);
                if (c < SAME_POINT || c <= score.getOrDefault(o.article().id(), 0.0)) {
                    continue;
                }
                SupportLabel label = judge(o, s);
                if (label == SupportLabel.SUPPORTS) {
                    best.put(o.article().id(), o);
                    score.put(o.article().id(), c);
                } else if (label == SupportLabel.PARTIAL && c > partialScore.getOrDefault(o.article().id(), 0.0)) {
                    partial.put(o.article().id(), o);
                    partialScore.put(o.article().id(), c);
                }
            }
            best.keySet().forEach(partial::remove);
            matches.put(s, best);
            related.put(s, partial);
            closest.put(s, top);
        }
    }

    /**
     * The sentences of {@code articles}; a fact stated in a sentence counts as one more term of it, so
     * that {@code €40 billion} and {@code 40 billion euros} meet. Sentences of other articles back a sentence as
     * {@code judge} says; {@code embedder} tells rewordings apart.
     */
    static StorySentences of(List<AnnotatedArticle> articles, Map<String, List<AttributedQuote>> quotes,
                             List<FactMention> facts, SupportJudge judge, SentenceEmbedder embedder) {
        List<List<String>> terms = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                List<String> t = new ArrayList<>(ContentTerms.of(s.tokens()));
                for (FactMention f : facts) {
                    if (f.article().equals(a.id()) && f.cleanStart() >= s.start() && f.cleanEnd() <= s.end()) {
                        t.add("fact:" + f.kind().label() + ":" + f.value());
                    }
                }
                terms.add(t);
            }
        }
        TfIdf tfIdf = TfIdf.fit(terms);
        List<StorySentence> out = new ArrayList<>();
        int k = 0;
        for (AnnotatedArticle a : articles) {
            int n = a.sentences().size();
            Map<Integer, AnnotatedText> paragraphs = paragraphs(a);
            for (Sentence s : a.sentences()) {
                double position = n <= 1 ? 0 : (double) s.index() / (n - 1);
                boolean eligible = a.clean().english()
                        && SentenceFilter.eligible(s, a.text(), quotes.getOrDefault(a.id(), List.of()))
                        && !SupportJudge.isFragment(AnnotatedText.of(s, a.text()));
                out.add(new StorySentence(a, s, s.text(a.text()), tfIdf.vector(terms.get(k++)), position, eligible,
                        author(a, articles), paragraphs.get(s.paragraph())));
            }
        }
        return new StorySentences(out, judge, embedder);
    }

    /**
     * Each paragraph of {@code a} read together with the paragraph before it, where a pronoun opening it finds
     * its referent, with the tokens of their sentences; by paragraph index.
     */
    private static Map<Integer, AnnotatedText> paragraphs(AnnotatedArticle a) {
        Map<Integer, List<Sentence>> byParagraph = new java.util.TreeMap<>();
        a.sentences().forEach(s -> byParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s));
        Map<Integer, AnnotatedText> out = new java.util.HashMap<>();
        List<Sentence> previous = List.of();
        for (Map.Entry<Integer, List<Sentence>> e : byParagraph.entrySet()) {
            List<Sentence> both = new ArrayList<>(previous);
            both.addAll(e.getValue());
            out.put(e.getKey(), new AnnotatedText(a.text().substring(both.get(0).start(), both.get(both.size() - 1).end()),
                    both.stream().flatMap(s -> s.tokens().stream()).toList()));
            previous = e.getValue();
        }
        return out;
    }

    /**
     * The outlet that wrote an article: its agency, syndication source or publisher, else the article
     * itself; a reprint found by the duplicate finder counts as the article it copies.
     */
    static String author(AnnotatedArticle a, List<AnnotatedArticle> story) {
        String original = a.clean().duplicateOf();
        if (original != null) {
            for (AnnotatedArticle o : story) {
                if (o.id().equals(original) && o.clean().duplicateOf() == null) {
                    return author(o, story);
                }
            }
            return "article:" + original;
        }
        String name = a.clean().author();
        return name != null ? name.toLowerCase(java.util.Locale.ROOT) : "article:" + a.id();
    }

    /** Whether {@code a} says what {@code b} says: close term vectors, or close sentence embeddings. */
    boolean repeats(StorySentence a, StorySentence b) {
        return a.vector().cosine(b.vector()) >= SummaryComposer.REDUNDANT
                || similarity(a, b) >= SummaryComposer.SAME_MEANING;
    }

    List<StorySentence> all() {
        return sentences;
    }

    /** For each other article, its sentence most like {@code s}, when like enough; by article. */
    Map<String, StorySentence> matches(StorySentence s) {
        return matches.get(s);
    }

    /** How many distinct outlets report {@code s}: its own and those of its matches (reprints count once). */
    int support(StorySentence s) {
        return authors(s).size();
    }

    /** The distinct outlets that report {@code s}: its own and those of its matches. */
    Set<String> authors(StorySentence s) {
        Set<String> authors = new LinkedHashSet<>();
        authors.add(s.author());
        matches(s).values().forEach(m -> authors.add(m.author()));
        return authors;
    }

    /** Whether sentence {@code span}, read in its paragraph, states what sentence {@code claim} says. */
    boolean backs(StorySentence span, StorySentence claim) {
        return judge(span, claim) == SupportLabel.SUPPORTS;
    }

    /** How far sentence {@code span}, read in its paragraph, states what sentence {@code claim} says. */
    private SupportLabel judge(StorySentence span, StorySentence claim) {
        return judge.judge(claim.annotated(), span.annotated(), span.paragraph()).label();
    }

    private double similarity(StorySentence a, StorySentence b) {
        return SentenceEmbedder.cosine(embedder.embed(a.text()), embedder.embed(b.text()));
    }

    /** The distinct outlets of the story's articles (reprints count once). */
    Set<String> outlets() {
        Set<String> out = new LinkedHashSet<>();
        sentences.forEach(s -> out.add(s.author()));
        return out;
    }

    /**
     * Whether article {@code id} says something like {@code s}: one of its sentences within {@code words}
     * term-vector cosine of it, or within {@code meaning} sentence-embedding cosine.
     */
    boolean tellsAlike(StorySentence s, String id, double words, double meaning) {
        for (StorySentence o : byArticle.getOrDefault(id, List.of())) {
            if (s.vector().cosine(o.vector()) >= words
                    || similarity(s, o) >= meaning) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sentences of other articles on the point of {@code s} that state only part of it, by article; none from
     * an article that states it.
     */
    Map<String, StorySentence> related(StorySentence s) {
        return related.get(s);
    }

    /** The citations of the sentences {@link #related} to {@code s}. */
    List<Citation> relatedCitations(StorySentence s) {
        return related(s).values().stream().map(StorySentence::citation).toList();
    }

    /** {@code s} and its matches as citations, its own first. */
    List<Citation> citations(StorySentence s) {
        List<Citation> out = new ArrayList<>();
        out.add(s.citation());
        matches(s).values().forEach(m -> out.add(m.citation()));
        return out;
    }

    /** The highest cosine between {@code s} and any sentence of another article. */
    double closestElsewhere(StorySentence s) {
        return closest.get(s);
    }
}
