package org.storyline.bench.synthetic;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One copy of the real world: universe {@code 0} is the real one; in universe {@code k > 0} every
 * name (a capitalised word seen in mid-sentence) gets a syllable suffix of its own ({@code Reid} becomes
 * {@code Reidkoba}) and every
 * publication date moves {@code 30 * k} days later, past the quiet window that closes a story, so that the
 * copy of an event is a new event, as the same kind of event a month later is in real news. An article
 * without a date gets {@link #UNDATED_DAY} moved the same way, so that every synthetic article has one. Words that start sentences or name months and weekdays
 * stay, so the prose reads as before; the events are new ones, with other people, places and dates.
 *
 * @param index the universe's number, {@code 0} for the real world
 */
public record Universe(int index) {

    private static final String[] SYLLABLES = {"ba", "ko", "ri", "mu", "ne", "sa", "to", "vi", "lu", "de",
        "ga", "pe", "zo", "hi", "ra", "mi", "fu", "ye", "no", "ka"};
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Ll}]{2,})(?![\\p{L}\\p{N}])");
    private static final Set<String> KEEP = Set.of("The", "This", "That", "These", "Those", "There", "Their", "They",
            "And", "But", "For", "With", "When", "While", "After", "Before", "According", "His", "Her", "Its",
            "Our", "Not", "One", "Two", "Three", "Four", "Five", "Six", "Mr", "Mrs", "Ms", "Dr",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /** The day an undated article is given in universe 0. */
    public static final LocalDate UNDATED_DAY = LocalDate.of(2000, 1, 3);

    /** Days between one universe and the next. */
    public static final int SHIFT_DAYS = 30;

    /** The suffix names get in this universe: empty in universe 0. */
    public String suffix() {
        StringBuilder s = new StringBuilder();
        for (int k = index; k > 0; k /= SYLLABLES.length) {
            s.append(SYLLABLES[k % SYLLABLES.length]);
        }
        return s.toString();
    }

    /**
     * {@code text} with every name renamed for this universe. A name is a capitalised word that appears
     * somewhere in {@code context} in mid-sentence; it is renamed everywhere, at the start of a sentence too,
     * so that the same person keeps one name throughout.
     */
    String rename(String text, String context) {
        if (index == 0 || text == null) {
            return text;
        }
        Set<String> names = names(context);
        String suffix = suffix();
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String word = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(names.contains(word) ? word + suffix : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Capitalised words of {@code text} seen in mid-sentence, other than month and weekday names and the like. */
    private static Set<String> names(String text) {
        Set<String> names = new java.util.HashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            int i = m.start() - 1;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            boolean sentenceStart = i < 0 || ".!?“\"‘'(:;–—-".indexOf(text.charAt(i)) >= 0;
            if (!sentenceStart && !KEEP.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * An ISO publication date (or instant) moved into this universe, other text unchanged; a missing or
     * unreadable one becomes {@link #UNDATED_DAY} moved into this universe.
     */
    String moveDate(String published) {
        if (published != null && published.length() >= 10) {
            try {
                return moveDay(LocalDate.parse(published.substring(0, 10))) + published.substring(10);
            } catch (DateTimeParseException e) {
                // not ISO: treated as undated
            }
        }
        return moveDay(null).toString();
    }

    /** {@code day} moved into this universe; {@code null} (undated) becomes {@link #UNDATED_DAY} moved. */
    public LocalDate moveDay(LocalDate day) {
        return (day == null ? UNDATED_DAY : day).plusDays((long) SHIFT_DAYS * index);
    }
}
