package org.storyline.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.entity.Designators;
import org.storyline.entity.NameKey;
import org.storyline.fact.Figures.Figure;
import org.storyline.lexicon.WordNet;
import org.storyline.nlp.SentenceEmbedder;

/**
 * Judges whether a passage states a claim ({@link SupportLabel}). The claim's core is its names, figures, dates
 * and content words, without the words that only source it ({@link Attribution}) and its asides ({@link Asides});
 * the passage supports the claim when it gives its names (all of one, all but one of several; a name its
 * paragraph gives counts, for a passage that refers to it by pronoun; a name's generic word such as {@code Hospital}
 * alone does not give it), every figure and date, at least {@value #MIN_COVERAGE} of the core (or all of it but
 * one word of a short claim), and the same polarity. A figure of the passage that counts the same thing with
 * another value is a contradiction, and a passage of a few words is a fragment: both are no support. Thread-safe.
 */
public final class SupportJudge {

    /** Share of the claim's content words a supporting passage has. */
    static final double MIN_COVERAGE = 0.7;
    /** Fewest items of a claim of which a passage may leave out one and state it. */
    static final int ALL_BUT_ONE = 3;
    /** Share of the claim's content words below which a passage is about something else. */
    static final double MAX_UNRELATED_COVERAGE = 0.25;
    /** Embedding cosine below which a passage with little of the claim's wording is about something else. */
    static final double MAX_UNRELATED_SIMILARITY = 0.5;
    /** Letters two name words share at the start to be one name in two forms ({@code Israeli}, {@code Israelis}). */
    static final int MIN_PREFIX = 6;
    /** Fewest words a passage has to state anything. */
    static final int MIN_WORDS = 3;

    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "of", "and", "for", "in", "on", "at", "dr", "mr",
            "mrs", "ms", "st", "inc", "co", "corp", "ltd", "new");

    private final SentenceEmbedder embedder;

    /** A judge that compares meanings with {@code embedder} (wrap it in a cache to embed each text once). */
    public SupportJudge(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /**
     * How far {@code passage} states {@code claim}.
     *
     * @param claim   the claim
     * @param passage the cited passage
     * @param context the passage's paragraph, or {@code null} when not known
     */
    public Support judge(AnnotatedText claim, AnnotatedText passage, AnnotatedText context) {
        Evidence e = evidence(claim, passage, context);
        return decide(e);
    }

    /** What {@link #judge} compares. */
    public Evidence evidence(AnnotatedText claim, AnnotatedText passage, AnnotatedText context) {
        TextCore c = TextCore.ofClaim(claim);
        TextCore p = TextCore.of(passage);
        Set<String> contextKeys = context == null ? Set.of() : TextCore.nameKeys(context);
        List<String> missingNames = new ArrayList<>();
        int inContext = 0;
        for (List<String> name : c.names()) {
            if (!gives(p.keys(), name)) {
                missingNames.add(String.join(" ", name));
                if (gives(contextKeys, name)) {
                    inContext++;
                }
            }
        }
        List<String> missingFigures = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (Figure f : c.figures()) {
            if (p.figures().stream().anyMatch(g -> g.value().equals(f.value()))) {
                continue;
            }
            missingFigures.add(f.value() + (f.unit().isEmpty() ? "" : " " + f.unit()));
            for (Figure g : p.figures()) {
                if (countsSame(f, g) && c.figures().stream().noneMatch(h -> h.value().equals(g.value()))) {
                    conflicts.add(g.value() + " " + g.unit());
                }
            }
        }
        for (int n : c.ordinals()) {
            if (!p.ordinals().contains(n)) {
                missingFigures.add("ordinal " + n);
            }
        }
        List<String> missingDates = c.dates().stream().filter(d -> !p.dates().contains(d)).sorted().toList();
        List<String> missingTerms = c.terms().stream().filter(t -> !Wording.covers(p, t, c)).toList();
        int figures = c.figures().size() + c.ordinals().size();
        long covered = c.terms().size() - missingTerms.size()
                + c.names().size() - missingNames.size() + inContext + figures - missingFigures.size()
                + c.dates().size() - missingDates.size();
        int items = c.terms().size() + c.names().size() + figures + c.dates().size();
        double coverage = items == 0 ? 1 : (double) covered / items;
        boolean fragment = isFragment(passage);
        return new Evidence(c.names().size(), missingNames, inContext, figures, missingFigures, conflicts,
                c.dates().size(), missingDates, c.terms().size(), missingTerms, coverage, similarity(claim.text(), passage.text()),
                negationDiffers(c, p), fragment);
    }

    /** The label the evidence calls for, with the reason. */
    static Support decide(Evidence e) {
        if (e.fragment()) {
            return new Support(SupportLabel.NO, "the passage is a fragment", e);
        }
        if (!e.conflicts().isEmpty()) {
            return new Support(SupportLabel.NO, "the passage gives another figure: " + String.join(", ", e.conflicts()), e);
        }
        if (e.coverage() < MAX_UNRELATED_COVERAGE && e.similarity() < MAX_UNRELATED_SIMILARITY) {
            return new Support(SupportLabel.NO, "the passage states something else", e);
        }
        List<String> gaps = new ArrayList<>();
        if (e.missingNames().size() - e.namesInContext() > (e.names() >= 2 ? 1 : 0)) {
            gaps.add("names " + String.join(", ", e.missingNames()));
        }
        if (!e.missingFigures().isEmpty()) {
            gaps.add("figures " + String.join(", ", e.missingFigures()));
        }
        if (!e.missingDates().isEmpty()) {
            gaps.add("dates " + String.join(", ", e.missingDates()));
        }
        if (e.negationDiffers()) {
            gaps.add("the negation");
        }
        if (e.coverage() < MIN_COVERAGE && !allButOne(e)) {
            String words = e.missingTerms().isEmpty() ? "" : "; not " + e.missingTerms().stream()
                    .map(t -> t.substring(0, t.lastIndexOf('/'))).collect(java.util.stream.Collectors.joining(", "));
            gaps.add(String.format(Locale.ROOT, "much of what the claim says (it has %.0f %%%s)", 100 * e.coverage(), words));
        }
        if (gaps.isEmpty()) {
            return new Support(SupportLabel.SUPPORTS, "the passage states the claim", e);
        }
        return new Support(SupportLabel.PARTIAL, "the passage lacks " + String.join("; ", gaps), e);
    }

    /**
     * Whether the passage gives all but one of the claim's {@value #ALL_BUT_ONE} or more names, figures, dates and
     * words, as it may leave out one of several names, and the one it leaves out is a verb, adjective or adverb, not a
     * noun that names what the claim is about, and their meanings are not far apart (sentence-embedding cosine at
     * least {@value #MAX_UNRELATED_SIMILARITY}): a claim of few words says the same in other words with one word
     * changed ({@code fell to 15-17}, {@code ending its season 15-17}).
     */
    private static boolean allButOne(Evidence e) {
        int items = e.names() + e.figures() + e.dates() + e.terms();
        boolean restGiven = e.missingNames().size() == e.namesInContext() && e.missingFigures().isEmpty()
                && e.missingDates().isEmpty();
        return items >= ALL_BUT_ONE && restGiven && e.missingTerms().size() == 1
                && !e.missingTerms().get(0).contains("/NN") && e.similarity() >= MAX_UNRELATED_SIMILARITY;
    }

    /** Whether a verb both texts use is negated in one of them only. */
    private static boolean negationDiffers(TextCore a, TextCore b) {
        return a.negated().stream().anyMatch(v -> b.verbs().contains(v) && !b.negated().contains(v))
                || b.negated().stream().anyMatch(v -> a.verbs().contains(v) && !a.negated().contains(v));
    }

    private static boolean gives(Set<String> keys, List<String> name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name) {
            String key = NameKey.of(w);
            boolean generic = NOT_NAME_WORDS.contains(key) || name.size() > 1 && Designators.isDesignator(w);
            if (key.length() >= 2 && !generic && (keys.contains(key) || key.length() >= MIN_PREFIX
                    && keys.stream().anyMatch(k -> k.length() >= MIN_PREFIX && (k.startsWith(key) || key.startsWith(k))))) {
                return true;
            }
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return initials.length() > 1 && keys.contains(initials.toString())
                || keys.contains(NameKey.of(String.join("", name)));
    }

    /**
     * Whether two figures count the same kind of thing: neither a year, the same word after them (a noun of
     * three letters or more, or {@code %}), and not an age.
     */
    private static boolean countsSame(Figure f, Figure g) {
        return !f.year() && !g.year() && countable(f.unit()) && !isAge(f.unit())
                && TextCore.stem(f.unit()).equals(TextCore.stem(g.unit()));
    }

    private static boolean countable(String unit) {
        return unit.equals("%") || unit.length() >= 3 && !NOT_UNITS.contains(unit);
    }

    /** Words that follow figures without saying what they count. */
    private static final Set<String> NOT_UNITS = Set.of("and", "the", "for", "from", "over", "per", "with", "into",
            "than", "out", "off", "after", "before", "since", "until", "about", "more", "less", "times", "other");

    /** An age ({@code 32-year-old}) counts a person, who may be another one than the claim's. */
    private static boolean isAge(String unit) {
        return unit.endsWith("-old");
    }

    /**
     * Whether a text is too short or broken to state a claim: fewer than {@value #MIN_WORDS} words, no verb
     * ({@code A loaded.}, {@code 3GHz quad-core chip.}), or only a reporting clause. Such a text is neither cited
     * nor a claim of its own.
     */
    public static boolean isFragment(AnnotatedText text) {
        long words = text.tokens().stream().filter(t -> t.text().chars().anyMatch(Character::isLetterOrDigit)).count();
        return words < MIN_WORDS || text.tokens().stream().noneMatch(t -> t.isPos("VB") || t.isPos("MD"))
                || onlyReports(text);
    }

    /**
     * Whether the passage is only a reporting clause, {@code Colts coach Bruce Arians asked.}: its one verb is a
     * verb of saying at the end, with a person or a pronoun saying nothing.
     */
    private static boolean onlyReports(AnnotatedText passage) {
        List<org.storyline.model.Token> tokens = passage.tokens();
        int last = tokens.size() - 1;
        while (last >= 0 && !tokens.get(last).text().chars().anyMatch(Character::isLetterOrDigit)) {
            last--;
        }
        long verbs = tokens.stream().filter(t -> t.isPos("VB") || t.isPos("MD")).count();
        boolean person = tokens.stream().anyMatch(t -> "PERSON".equals(t.ner()) || t.pos().equals("PRP"));
        return last > 0 && verbs == 1 && person && tokens.get(last).isPos("VB")
                && org.storyline.quote.SpeechVerbs.isSpeech(tokens, last)
                && tokens.stream().noneMatch(t -> t.text().equals("“") || t.text().equals("\"") || t.text().equals("``"));
    }

    private double similarity(String a, String b) {
        if (embedder == null) {
            return 0;
        }
        return SentenceEmbedder.cosine(embedder.embed(a), embedder.embed(b));
    }
}
