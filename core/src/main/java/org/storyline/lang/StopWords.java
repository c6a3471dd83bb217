package org.storyline.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.util.IOUtils;

/**
 * The function words (stop words) of a language, from Apache Lucene's per-language lists: the Snowball
 * project's lists for the languages Snowball covers (English, German, French, Spanish, Italian, Portuguese,
 * Dutch, the Scandinavian languages, Finnish, Hungarian, Russian, Indonesian), the lists of Lucene's own
 * analyzers for the others (Polish from its Stempel module, Czech, Romanian, Turkish, Greek, Bulgarian, ...).
 * A language without a list has an empty one. Lists are loaded once, on first use; instances are immutable
 * and thread-safe.
 *
 * <p>Text counts as function words the way jusText measures it: the share of a text's words that are on the
 * list (its stop-word density) is high in running prose and low in menus, labels, names and teaser lines.
 */
public final class StopWords {

    private static final String SNOWBALL = "org/apache/lucene/analysis/snowball/";
    private static final String ANALYSIS = "org/apache/lucene/analysis/";
    private static final Map<String, String> SNOWBALL_LISTS = Map.ofEntries(Map.entry("da", "danish"),
            Map.entry("nl", "dutch"), Map.entry("en", "english"), Map.entry("fi", "finnish"),
            Map.entry("fr", "french"), Map.entry("de", "german"), Map.entry("hu", "hungarian"),
            Map.entry("id", "indonesian"), Map.entry("it", "italian"), Map.entry("no", "norwegian"),
            Map.entry("nb", "norwegian"), Map.entry("nn", "norwegian"), Map.entry("pt", "portuguese"),
            Map.entry("ru", "russian"), Map.entry("es", "spanish"), Map.entry("sv", "swedish"));
    /** Lucene's analysis packages with a {@code stopwords.txt}, by the language code when it differs. */
    private static final Map<String, String> ANALYZER_LISTS = Map.ofEntries(Map.entry("ar", "ar"),
            Map.entry("bg", "bg"), Map.entry("bn", "bn"), Map.entry("ca", "ca"), Map.entry("cs", "cz"),
            Map.entry("el", "el"), Map.entry("et", "et"), Map.entry("eu", "eu"), Map.entry("fa", "fa"),
            Map.entry("ga", "ga"), Map.entry("gl", "gl"), Map.entry("hi", "hi"), Map.entry("hy", "hy"),
            Map.entry("lt", "lt"), Map.entry("lv", "lv"), Map.entry("ne", "ne"), Map.entry("pl", "pl"),
            Map.entry("ro", "ro"), Map.entry("sr", "sr"), Map.entry("tr", "tr"));
    private static final StopWords NONE = new StopWords("", CharArraySet.EMPTY_SET);
    private static final Map<String, StopWords> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final CharArraySet words;

    private StopWords(String language, CharArraySet words) {
        this.language = language;
        this.words = words;
    }

    /**
     * The stop words of a language.
     *
     * @param language an ISO 639-1 code ({@code de}, {@code pl}...), any case, or {@code null}
     * @return its list, or an empty list when the language is null or has no list
     */
    public static StopWords of(String language) {
        if (language == null) {
            return NONE;
        }
        String code = language.toLowerCase(Locale.ROOT);
        if (!SNOWBALL_LISTS.containsKey(code) && !ANALYZER_LISTS.containsKey(code)) {
            return NONE;
        }
        return LOADED.computeIfAbsent(code, StopWords::load);
    }

    /** Whether a list exists for {@code language} (an ISO 639-1 code, or {@code null}). */
    public static boolean known(String language) {
        return language != null && !of(language).isEmpty();
    }

    /** The ISO 639-1 code of this list's language, empty for the empty list. */
    public String language() {
        return language;
    }

    /** Whether this list has no words (an unknown language). */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether {@code word}, in any case, is a stop word. */
    public boolean contains(CharSequence word) {
        return words.contains(word);
    }

    /**
     * Counts the words of {@code text} (runs of letters and digits, with apostrophes inside) and how many of
     * them are stop words.
     */
    public Count count(String text) {
        char[] chars = text.toCharArray();
        int words = 0;
        int stops = 0;
        int start = -1;
        for (int i = 0; i <= chars.length; i++) {
            boolean inWord = i < chars.length && (Character.isLetterOrDigit(chars[i])
                    || start >= 0 && isApostrophe(chars[i]) && i + 1 < chars.length
                    && Character.isLetter(chars[i + 1]));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words++;
                stops += words(chars, start, i);
                start = -1;
            }
        }
        return new Count(words, stops);
    }

    private int words(char[] chars, int start, int end) {
        return !isEmpty() && words.contains(chars, start, end - start) ? 1 : 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * The words of a text and how many are stop words.
     *
     * @param words all words
     * @param stops the stop words among them
     */
    public record Count(int words, int stops) {

        /** Share of the words that are stop words; 0 for a text without words. */
        public double density() {
            return words == 0 ? 0 : stops / (double) words;
        }
    }

    private static StopWords load(String code) {
        String snowball = SNOWBALL_LISTS.get(code);
        String resource = snowball != null ? SNOWBALL + snowball + "_stop.txt"
                : ANALYSIS + ANALYZER_LISTS.get(code) + "/stopwords.txt";
        try (InputStream in = StopWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("stop-word list " + resource + " for language '" + code
                        + "' is not on the class path: add the Lucene analysis dependencies of storyline-core");
            }
            Reader reader = IOUtils.getDecodingReader(in, StandardCharsets.UTF_8);
            CharArraySet set = new CharArraySet(256, true);
            if (snowball != null) {
                WordlistLoader.getSnowballWordSet(reader, set);
            } else {
                WordlistLoader.getWordSet(reader, "#", set);
            }
            return new StopWords(code, CharArraySet.unmodifiableSet(set));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stop-word list " + resource, e);
        }
    }
}
