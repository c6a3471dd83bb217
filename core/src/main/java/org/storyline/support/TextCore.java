package org.storyline.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.entity.NameKey;
import org.storyline.fact.Figures;
import org.storyline.fact.Figures.Figure;
import org.storyline.lexicon.WordNet;
import org.storyline.model.Token;

/**
 * What a text states, in the parts a support judgement compares: the names it gives (runs of tokens the
 * tagger marks as a person, organisation or place; other names such as titles and nationalities count as words), its figures, its dates (weekdays, months,
 * {@code today}, {@code yesterday}), its other content words, and whether it is negated.
 *
 * @param names   each name as its words
 * @param figures the figures
 * @param dates   date words, lower case
 * @param terms   content words that are neither names, figures nor dates, as {@code lemma/TAG}; an acronym
 *                keeps its capitals ({@code DUI/NN}), and a run of proper nouns the tagger gives no entity type
 *                is one term, its words joined by spaces ({@code primetime emmy/NNP})
 * @param negated the stems of the verbs a negation ({@code not}, {@code never}) governs
 * @param verbs   the stems of every verb
 * @param keys    name keys of every capitalised word and the initials of every name, for finding names
 * @param stems   stems of every word and of the WordNet synonyms of every content word, for finding terms
 * @param acronyms the acronyms the text's words spell ({@link Acronyms#spelled}), for finding a claim's acronyms
 * @param persons the name key of the last word of every person's name ({@code gomes} for {@code Gary Gomes}), for
 *                finding a person a claim's {@code the men} or {@code the suspect} may stand for
 * @param ordinals the numbers of the ordinals ({@code second book}: 2; {@link Ordinals})
 * @param subject the lemma of the common noun that heads the noun phrase opening the text before its verb
 *                ({@code man} in {@code The men were arrested}), or empty
 */
record TextCore(List<List<String>> names, List<Figure> figures, Set<String> dates, List<String> terms,
                Set<String> negated, Set<String> verbs, Set<String> keys, Set<String> stems, Set<String> acronyms,
                Set<String> persons, Set<Integer> ordinals, String subject) {

    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
            "today", "yesterday", "tomorrow", "tonight");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** Words between a negation and the verb it negates: {@code has not yet had}. */
    private static final int NEGATION_REACH = 3;
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "must", "shall", "should", "get", "also", "'s", "’s", "say", "tell", "report");
    /** Letters a stem keeps: enough to meet {@code arrest} and {@code arrested}, {@code injured} and {@code injuries}. */
    static final int STEM = 5;

    /** The core of every word of {@code text}. */
    static TextCore of(AnnotatedText text) {
        return of(text.tokens(), new boolean[text.tokens().size()], true);
    }

    /** The name keys of {@code text} alone, for finding a claim's names in a passage's paragraph. */
    static Set<String> nameKeys(AnnotatedText text) {
        return of(text.tokens(), new boolean[text.tokens().size()], false).keys();
    }

    /** The core of {@code text} without its sourcing words ({@link Attribution}) and asides ({@link Asides}). */
    static TextCore ofClaim(AnnotatedText text) {
        boolean[] skip = Attribution.of(text.tokens());
        boolean[] asides = Asides.of(text.tokens());
        for (int i = 0; i < skip.length; i++) {
            skip[i] |= asides[i];
        }
        return of(text.tokens(), skip, true);
    }

    private static TextCore of(List<Token> tokens, boolean[] skip, boolean synonyms) {
        List<List<String>> names = new ArrayList<>();
        Set<String> dates = new LinkedHashSet<>();
        List<String> terms = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> stems = new LinkedHashSet<>();
        Set<String> negated = new LinkedHashSet<>();
        Set<String> verbs = new LinkedHashSet<>();
        StringBuilder kept = new StringBuilder();
        List<String> name = new ArrayList<>();
        String nameType = "O";
        int lastTerm = -2;
        Set<String> persons = new LinkedHashSet<>();
        Set<Integer> ordinals = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            String ner = t.ner() == null ? "O" : t.ner();
            if (!ner.equals(nameType) || skip[i]) {
                if (nameType.equals("PERSON") && !name.isEmpty()) {
                    persons.add(NameKey.of(name.get(name.size() - 1)));
                }
                addName(names, name, keys, nameType, t);
                name = new ArrayList<>();
            }
            nameType = skip[i] ? "O" : ner;
            if (t.isCapitalized() || t.text().chars().allMatch(Character::isUpperCase)) {
                keys.add(NameKey.of(t.text()));
            }
            stems.add(stem(lemma(t)));
            for (String part : hyphenParts(lemma(t))) {
                stems.add(stem(part));
            }
            if (synonyms && isContent(t)) {
                WordNet.synonyms(lemma(t), t.pos()).forEach(w -> stems.add(stem(w)));
            }
            if (skip[i]) {
                continue;
            }
            if (i > 0 && !skip[i - 1] && tokens.get(i - 1).end() == t.start() && !kept.isEmpty()) {
                kept.setLength(kept.length() - 1);
            }
            kept.append(t.text()).append(' ');
            if (isName(ner) && !isDate(t, lower) && !ner.equals("MISC")) {
                name.add(t.text());
                continue;
            }
            if (NEGATIONS.contains(lower)) {
                negatedVerb(tokens, i).ifPresent(negated::add);
            }
            if (t.isPos("VB") && !LIGHT.contains(lemma(t))) {
                verbs.add(stem(lemma(t)));
            }
            if (isDate(t, lower)) {
                dates.add(lower.substring(0, 3));
                continue;
            }
            if (Ordinals.of(t) > 0) {
                ordinals.add(Ordinals.of(t));
                continue;
            }
            if (isContent(t) && !isPercent(tokens, i)) {
                String written = Acronyms.isAcronym(t) ? t.text() : lemma(t);
                if (t.isPos("NNP") && lastTerm == i - 1 && tokens.get(i - 1).isPos("NNP")) {
                    String run = terms.remove(terms.size() - 1);
                    written = run.substring(0, run.lastIndexOf('/')) + " " + written;
                }
                terms.add(written + "/" + t.pos());
                lastTerm = i;
            }
        }
        if (nameType.equals("PERSON") && !name.isEmpty()) {
            persons.add(NameKey.of(name.get(name.size() - 1)));
        }
        addName(names, name, keys, nameType, null);
        return new TextCore(List.copyOf(names), Figures.in(kept.toString()), Set.copyOf(dates), List.copyOf(terms),
                Set.copyOf(negated), Set.copyOf(verbs), Set.copyOf(keys), Set.copyOf(stems),
                synonyms ? Set.copyOf(Acronyms.spelled(tokens)) : Set.of(),
                Set.copyOf(persons), Set.copyOf(ordinals), openingNoun(tokens));
    }

    /**
     * The stem of the first verb other than a light verb within reach after the negation at token {@code i}, in
     * the same stretch of words (no punctuation between).
     */
    private static java.util.Optional<String> negatedVerb(List<Token> tokens, int i) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + NEGATION_REACH); j++) {
            Token t = tokens.get(j);
            if (!t.text().chars().anyMatch(Character::isLetterOrDigit)) {
                break;
            }
            if (t.isPos("VB") && !LIGHT.contains(lemma(t))) {
                return java.util.Optional.of(stem(lemma(t)));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Records a name that ended before token {@code next}; a place or organisation that modifies a common noun
     * ({@code Texas inmate}, {@code the US surgeon general}) describes rather than names who acted, and is not
     * required of a passage.
     */
    private static void addName(List<List<String>> names, List<String> name, Set<String> keys, String type, Token next) {
        if (name.isEmpty()) {
            return;
        }
        boolean modifier = !type.equals("PERSON") && next != null && (next.pos().equals("NN") || next.pos().equals("NNS")
                || next.isPos("JJ"));
        if (!modifier) {
            names.add(List.copyOf(name));
        }
        StringBuilder initials = new StringBuilder();
        for (String w : name) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        if (initials.length() > 1) {
            keys.add(initials.toString());
        }
        keys.add(NameKey.of(String.join("", name)));
    }

    /**
     * The lemma of the common noun that heads the noun phrase a text opens with, when a verb follows it
     * ({@code The two men were arrested}: {@code man}); empty otherwise.
     */
    static String openingNoun(List<Token> tokens) {
        int i = 0;
        String head = "";
        while (i < tokens.size() && (tokens.get(i).pos().equals("DT") || tokens.get(i).pos().equals("CD")
                || tokens.get(i).isPos("JJ") || tokens.get(i).isPos("NN") && !tokens.get(i).isPos("NNP"))) {
            head = tokens.get(i).isPos("NN") ? lemma(tokens.get(i)) : head;
            i++;
        }
        boolean verb = i < tokens.size() && (tokens.get(i).isPos("VB") || tokens.get(i).isPos("MD"));
        return verb ? head : "";
    }

    /**
     * The parts of a hyphenated word that have two letters or more ({@code back-end}: {@code back}, {@code end});
     * none for a word without a hyphen.
     */
    static List<String> hyphenParts(String word) {
        if (word.indexOf('-') < 0) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : word.split("-")) {
            if (part.length() >= 2) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * Whether token {@code i} writes the percent sign of the figure before it ({@code 5 percent}, {@code five per
     * cent}): it belongs to the figure, not to the words of the claim.
     */
    private static boolean isPercent(List<Token> tokens, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (w.equals("cent") && i >= 2 && tokens.get(i - 1).text().equalsIgnoreCase("per")) {
            return tokens.get(i - 2).pos().equals("CD");
        }
        boolean percent = w.equals("percent") || w.equals("pct") || w.equals("per") && i + 1 < tokens.size()
                && tokens.get(i + 1).text().equalsIgnoreCase("cent");
        return percent && i >= 1 && tokens.get(i - 1).pos().equals("CD");
    }

    /** Whether a token is a date word: a capitalised weekday or month, or {@code today}, {@code yesterday}. */
    private static boolean isDate(Token t, String lower) {
        return (DATE_WORDS.contains(lower) || DATE_WORDS.contains(lower + ".")) && (t.isCapitalized()
                || lower.startsWith("to") || lower.startsWith("yes"));
    }

    private static boolean isName(String ner) {
        return ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("LOCATION") || ner.equals("MISC");
    }

    private static boolean isContent(Token t) {
        String pos = t.pos();
        boolean content = pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ");
        String lemma = lemma(t);
        return content && !LIGHT.contains(lemma) && lemma.chars().anyMatch(Character::isLetter);
    }

    static String lemma(Token t) {
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    static String stem(String word) {
        return word.length() <= STEM ? word : word.substring(0, STEM);
    }
}
