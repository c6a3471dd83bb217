package org.storyline.fact;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a date, duration or other value without its own noun is about: the event word it attaches
 * to. A possessive date takes the noun it qualifies ({@code Thursday's meeting} → {@code meeting});
 * otherwise the nearest word before it in the same clause that is a lower-case content word or a
 * common past-tense verb, skipping prepositions, articles, names and other dates
 * ({@code the ministers' meeting in Brussels this Thursday} → {@code meeting},
 * {@code the minister said Thursday} → {@code said}, {@code fought for two years} → {@code fought}).
 * Plurals are given as their singular. Punctuation ends the search: the word must be in the clause.
 */
final class EventSubject {

    private static final int MAX_WORDS = 6;
    private static final Set<String> VERBS = Set.of("said", "says", "told", "announced", "reported", "added",
            "stated", "noted", "made", "gave", "took", "went", "came", "met", "held");

    private EventSubject() {
    }

    /** The event word for the value at clean offsets {@code [start, end)} of {@code text}, or {@code null}. */
    static String of(String text, int start, int end) {
        if (text.startsWith("'s", end) || text.startsWith("’s", end)) {
            List<Words.Word> after = Words.after(text, end + 2, 4);
            String head = null;
            for (Words.Word w : after) {
                if (!w.lowerCase() || FunctionWords.contains(w.text())) {
                    break;
                }
                head = w.text();
            }
            return head == null ? null : singular(head);
        }
        int at = start;
        for (int i = 0; i < MAX_WORDS; i++) {
            Words.Word word = Words.before(text, at);
            if (word == null) {
                return null;
            }
            String lower = word.text().toLowerCase(Locale.ROOT);
            if (VERBS.contains(lower)) {
                return lower;
            }
            if (word.lowerCase() && !FunctionWords.contains(lower) && Months.number(word.text()) == 0) {
                return singular(lower);
            }
            at = word.start();
        }
        return null;
    }

    private static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'") || lower.endsWith("’")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        String lemma = CountClasses.lemma(lower);
        return lemma == null ? lower : lemma;
    }
}
