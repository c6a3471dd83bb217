package org.storyline.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Fact;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.nlp.SentenceEmbedder;
import org.storyline.text.WordSet;

/**
 * Checks a brief's citations: every cited span must lie inside its article's source, and support what
 * cites it. Summary sentences and quotes are supported as {@link ClaimSupport} says (shared content words
 * or close sentence embeddings); a fact by a span that holds each of the fact's figures.
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
        for (Fact f : brief.facts()) {
            for (Citation c : f.sources()) {
                checked++;
                check(f.text(), c, sources, span -> holdsFigures(f.text(), span)).ifPresent(failures::add);
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
