package org.storyline.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation texts under {@code src/test/resources/org/storyline/lang/samples/}: ten short news
 * paragraphs per language, one a line, written for this project (the same ten stories in each language).
 */
final class LanguageSamples {

    /** The sample languages, ISO 639-1. */
    static final List<String> LANGUAGES = List.of(
            "en", "de", "fr", "es", "it", "pt", "nl", "sv", "nb", "da", "pl", "cs", "ru", "uk", "tr");

    private LanguageSamples() {
    }

    /** Paragraphs by language, in {@link #LANGUAGES} order. */
    static Map<String, List<String>> load() {
        Map<String, List<String>> samples = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String resource = "samples/" + language + ".txt";
            try (InputStream in = LanguageSamples.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + resource);
                }
                List<String> lines = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
                samples.put(language, lines);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return samples;
    }

    /** The first sentence of a paragraph. */
    static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        return end < 0 ? paragraph : paragraph.substring(0, end + 1);
    }

    /** The first {@code n} words of a paragraph, like a headline. */
    static String firstWords(String paragraph, int n) {
        String[] words = paragraph.split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(n, words.length)));
    }
}
