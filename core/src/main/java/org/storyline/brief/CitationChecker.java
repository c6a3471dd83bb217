package org.storyline.brief;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storyline.fact.FactExtractor;
import org.storyline.fact.FactMention;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Coverage;
import org.storyline.model.Fact;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.model.TimelineEvent;
import org.storyline.nlp.CachingEmbedder;
import org.storyline.nlp.SentenceEmbedder;
import org.storyline.nlp.TextAnnotator;
import org.storyline.quote.QuoteAligner;
import org.storyline.support.AnnotatedText;
import org.storyline.support.Support;
import org.storyline.support.SupportJudge;
import org.storyline.support.SupportLabel;
import org.storyline.text.WordSet;

/**
 * Checks a brief's citations: every cited span must lie inside its article's source, and state what cites it.
 * Summary sentences, timeline events and coverage claims are judged by {@link SupportJudge}, the judgement the
 * brief cites by, with the span read in its paragraph: only {@code supports} holds. A quote's span must give
 * the same statement ({@link QuoteAligner#sameStatement}), the test quotes are aligned by. A fact, or a
 * side of a conflict, is supported by a span that holds each of its figures or states the same value in other
 * words (read by the fact extractor in the context of the whole article).
 */
public final class CitationChecker {

    /** One citation that does not hold. */
    public record Failure(String claim, Citation citation, String reason) {
    }

    /**
     * The outcome: how many citations were checked, how many the judgement gave each label, and which failed.
     *
     * @param checked  citations checked
     * @param labels   citations by support label (a fact's citation counts as {@code supports} or {@code no})
     * @param failures the citations that do not hold
     */
    public record Result(int checked, Map<SupportLabel, Integer> labels, List<Failure> failures) {

        public Result {
            labels = Map.copyOf(labels);
            failures = List.copyOf(failures);
        }

        /** The share of citations that hold, 1.0 for a brief without citations. */
        public double supportedShare() {
            return checked == 0 ? 1.0 : (double) (checked - failures.size()) / checked;
        }
    }

    /** Embeddings kept while checking: a claim cited by several spans is embedded once. */
    private static final int EMBEDDINGS_KEPT = 10_000;
    /** Characters of the source on each side of a span read as its paragraph, at most. */
    private static final int CONTEXT = 1_000;

    private final SupportJudge judge;
    private final QuoteAligner quotes;
    private final TextAnnotator annotator;
    private final FactExtractor factExtractor = new FactExtractor();

    /** A checker that reads spans with {@code annotator} and compares meanings with {@code embedder}. */
    public CitationChecker(SentenceEmbedder embedder, TextAnnotator annotator) {
        SentenceEmbedder cached = new CachingEmbedder(embedder, EMBEDDINGS_KEPT);
        this.judge = new SupportJudge(cached);
        this.quotes = new QuoteAligner(cached);
        this.annotator = annotator;
    }

    /** Checks every citation of {@code brief}. */
    public Result check(Brief brief) {
        Map<String, String> sources = brief.articles().stream()
                .collect(Collectors.toMap(CleanArticle::id, a -> a.article().source(), (a, b) -> a));
        Map<SupportLabel, Integer> labels = new EnumMap<>(SupportLabel.class);
        List<Failure> failures = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        brief.summary().forEach(s -> s.sources().forEach(c -> claims.add(new Claim(s.text(), c))));
        int quoteCitations = 0;
        for (Quote q : brief.quotes()) {
            for (QuoteSource qs : q.sources()) {
                quoteCitations++;
                check(q.text(), qs.citation(), sources, (span, source) -> {
                    boolean same = quotes.sameStatement(q.text(), span);
                    labels.merge(same ? SupportLabel.SUPPORTS : SupportLabel.NO, 1, Integer::sum);
                    return same ? null : "not the quoted words";
                }).ifPresent(failures::add);
            }
        }
        for (TimelineEvent e : brief.timeline()) {
            e.sources().forEach(c -> claims.add(new Claim(e.text(), c)));
        }
        for (Coverage coverage : brief.coverage()) {
            for (BriefSentence s : concat(coverage.only(), coverage.leavesOut())) {
                s.sources().forEach(c -> claims.add(new Claim(s.text(), c)));
            }
        }
        Map<String, AnnotatedText> annotated = new java.util.HashMap<>();
        Function<String, AnnotatedText> annotate = text -> annotated.computeIfAbsent(text,
                t -> AnnotatedText.of(t, annotator));
        for (Claim claim : claims) {
            check(claim.text(), claim.citation(), sources, (span, source) -> {
                Support s = judge.judge(annotate.apply(claim.text()), annotate.apply(span),
                        annotate.apply(paragraph(source, claim.citation())));
                labels.merge(s.label(), 1, Integer::sum);
                return s.supports() ? null : s.label().label() + ", " + s.why();
            }).ifPresent(failures::add);
        }
        Map<String, CleanArticle> articles = brief.articles().stream()
                .collect(Collectors.toMap(CleanArticle::id, a -> a, (a, b) -> a));
        Map<String, List<FactMention>> mentions = new java.util.HashMap<>();
        List<Fact> facts = new ArrayList<>(brief.facts());
        brief.conflicts().forEach(conflict -> facts.addAll(conflict.sides()));
        for (Fact f : facts) {
            for (Citation c : f.sources()) {
                check(f.text(), c, sources, (span, source) -> {
                    boolean holds = holdsFigures(f.text(), span) || statesValue(f, c, articles, mentions);
                    labels.merge(holds ? SupportLabel.SUPPORTS : SupportLabel.NO, 1, Integer::sum);
                    return holds ? null : "no figure or value of the fact";
                }).ifPresent(failures::add);
            }
        }
        int checked = claims.size() + quoteCitations + facts.stream().mapToInt(f -> f.sources().size()).sum();
        return new Result(checked, labels, failures);
    }

    private record Claim(String text, Citation citation) {
    }

    /** A judgement of a span within its source: {@code null} when it holds, else why not. */
    private interface SpanJudgement {
        String reasonAgainst(String span, String source);
    }

    private static Optional<Failure> check(String claim, Citation c, Map<String, String> sources, SpanJudgement judgement) {
        String source = sources.get(c.article());
        if (source == null) {
            return Optional.of(new Failure(claim, c, "cites an article not in the story"));
        }
        if (c.end() > source.length()) {
            return Optional.of(new Failure(claim, c, "span ends after the source (" + source.length() + ")"));
        }
        String span = source.substring(c.start(), c.end());
        String against = judgement.reasonAgainst(span, source);
        return against == null ? Optional.empty()
                : Optional.of(new Failure(claim, c, "span does not support the claim (" + against + "): " + span));
    }

    /**
     * The lines of the source around a citation and the line before them, without markup: the paragraph a reader
     * sees it in, and the one before it.
     */
    private static String paragraph(String source, Citation c) {
        int from = Math.max(0, c.start() - CONTEXT);
        int to = Math.min(source.length(), c.end() + CONTEXT);
        int start = source.lastIndexOf('\n', c.start() - 1);
        while (start > from && source.charAt(start - 1) == '\n') {
            start--;
        }
        start = start <= from ? from : Math.max(from, source.lastIndexOf('\n', start - 1) + 1);
        int end = source.indexOf('\n', c.end());
        end = end < 0 || end > to ? to : end;
        return source.substring(start, end).replaceAll("<[^>]*>", " ");
    }

    private static List<BriefSentence> concat(List<BriefSentence> a, List<BriefSentence> b) {
        List<BriefSentence> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * Whether the cited span states the fact's value in other words ({@code five vessels} for {@code 5
     * vessels}, {@code Monday} for {@code today} in an article of that Monday): the fact extractor, reading
     * the whole cited article, finds there a figure of the same kind with the same value, or one that
     * agrees with the figure at the fact's first citation.
     */
    private boolean statesValue(Fact fact, Citation c, Map<String, CleanArticle> articles,
                                Map<String, List<FactMention>> cache) {
        List<FactMention> here = at(c, articles, cache);
        List<FactMention> reference = at(fact.sources().get(0), articles, cache);
        return here.stream().anyMatch(m -> m.kind() == fact.kind() && (m.value().equals(fact.value())
                || reference.stream().anyMatch(m::agreesWith)));
    }

    /** The figures the fact extractor finds within citation {@code c}. */
    private List<FactMention> at(Citation c, Map<String, CleanArticle> articles, Map<String, List<FactMention>> cache) {
        CleanArticle article = articles.get(c.article());
        if (article == null) {
            return List.of();
        }
        return cache.computeIfAbsent(c.article(), id -> factExtractor.extract(article)).stream()
                .filter(m -> m.citation().start() < c.end() && m.citation().end() > c.start())
                .toList();
    }

    /** Whether the span holds every figure of the fact, or, for a fact without figures, half its words. */
    private static boolean holdsFigures(String fact, String span) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?").matcher(fact);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!span.contains(m.group())) {
                return false;
            }
        }
        return any || WordSet.of(fact).containment(WordSet.of(span)) >= MIN_SHARED;
    }

    /** Share of a fact's words a span without figures must hold. */
    private static final double MIN_SHARED = 0.5;
}
