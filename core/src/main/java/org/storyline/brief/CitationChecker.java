package org.storyline.brief;

import java.util.ArrayList;
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
import org.storyline.model.Coverage;
import org.storyline.model.TimelineEvent;
import org.storyline.model.CleanArticle;
import org.storyline.model.Fact;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.nlp.SentenceEmbedder;
import org.storyline.text.WordSet;

/**
 * Checks a brief's citations: every cited span must lie inside its article's source, and support what
 * cites it. Summary sentences, quotes, timeline events and coverage claims are supported as
 * {@link ClaimSupport} says: at least {@link ClaimSupport#MIN_SHARED} of the claim's content words in the
 * span, or a sentence-embedding cosine of at least {@link ClaimSupport#MIN_MEANING}. A fact, or a side of
 * a conflict, is supported by a span that holds each of its figures or states the same value in other
 * words (read by the fact extractor in the context of the whole article).
 */
public final class CitationChecker {

    /** One citation that does not hold. */
    public record Failure(String claim, Citation citation, String reason) {
    }

    /** The outcome: how many citations were checked, and which failed. */
    public record Result(int checked, List<Failure> failures) {

        /** The share of citations that hold, 1.0 for a brief without citations. */
        public double supportedShare() {
            return checked == 0 ? 1.0 : (double) (checked - failures.size()) / checked;
        }
    }

    private final ClaimSupport support;
    private final FactExtractor factExtractor = new FactExtractor();

    /** A checker that compares meanings with {@code embedder}. */
    public CitationChecker(SentenceEmbedder embedder) {
        this.support = new ClaimSupport(embedder);
    }

    /** Checks every citation of {@code brief}. */
    public Result check(Brief brief) {
        Map<String, String> sources = brief.articles().stream()
                .collect(Collectors.toMap(CleanArticle::id, a -> a.article().source(), (a, b) -> a));
        List<Failure> failures = new ArrayList<>();
        int checked = 0;
        for (BriefSentence s : brief.summary()) {
            for (Citation c : s.sources()) {
                checked++;
                check(s.text(), c, sources, span -> supports(s.text(), span)).ifPresent(failures::add);
            }
        }
        for (Quote q : brief.quotes()) {
            for (QuoteSource qs : q.sources()) {
                checked++;
                check(q.text(), qs.citation(), sources, span -> supports(q.text(), span)).ifPresent(failures::add);
            }
        }
        Map<String, CleanArticle> articles = brief.articles().stream()
                .collect(Collectors.toMap(CleanArticle::id, a -> a, (a, b) -> a));
        Map<String, List<FactMention>> mentions = new java.util.HashMap<>();
        List<Fact> facts = new ArrayList<>(brief.facts());
        brief.conflicts().forEach(conflict -> facts.addAll(conflict.sides()));
        for (Fact f : facts) {
            for (Citation c : f.sources()) {
                checked++;
                check(f.text(), c, sources, span -> holdsFigures(f.text(), span)
                        || statesValue(f, c, articles, mentions)).ifPresent(failures::add);
            }
        }
        for (TimelineEvent e : brief.timeline()) {
            for (Citation c : e.sources()) {
                checked++;
                check(e.text(), c, sources, span -> supports(e.text(), span)).ifPresent(failures::add);
            }
        }
        for (Coverage coverage : brief.coverage()) {
            for (BriefSentence s : concat(coverage.only(), coverage.leavesOut())) {
                for (Citation c : s.sources()) {
                    checked++;
                    check(s.text(), c, sources, span -> supports(s.text(), span)).ifPresent(failures::add);
                }
            }
        }
        return new Result(checked, failures);
    }

    private static Optional<Failure> check(String claim, Citation c, Map<String, String> sources,
                                                     Function<String, Boolean> support) {
        String source = sources.get(c.article());
        if (source == null) {
            return Optional.of(new Failure(claim, c, "cites an article not in the story"));
        }
        if (c.end() > source.length()) {
            return Optional.of(new Failure(claim, c, "span ends after the source (" + source.length() + ")"));
        }
        String span = source.substring(c.start(), c.end());
        return support.apply(span) ? Optional.empty()
                : Optional.of(new Failure(claim, c, "span does not support the claim: " + span));
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

    private boolean supports(String claim, String span) {
        return support.supports(claim, span);
    }

    private static boolean holdsFigures(String fact, String span) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?").matcher(fact);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!span.contains(m.group())) {
                return false;
            }
        }
        return any || WordSet.of(fact).containment(WordSet.of(span)) >= ClaimSupport.MIN_SHARED;
    }
}
