package org.storyline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into normalised words and hashed word n-gram shingles. Normalising lower-cases, drops
 * everything that is not a letter or digit, and splits on what remains, so that quote styles, dashes,
 * punctuation and line breaks do not tell two copies apart.
 */
final class Shingler {

    /** Words per shingle. */
    static final int WIDTH = 5;

    private Shingler() {
    }

    /** The words of {@code text}, lower-cased, without punctuation. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * Distinct 64-bit hashes of the {@value #WIDTH}-word shingles of {@code words}, sorted; a text of
     * fewer words has one shingle, the whole text; an empty text has none.
     */
    static long[] shingles(List<String> words) {
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = words.stream().mapToLong(Shingler::hash).toArray();
        int count = Math.max(1, wordHashes.length - WIDTH + 1);
        long[] shingles = new long[count];
        for (int start = 0; start < count; start++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int i = start; i < Math.min(start + WIDTH, wordHashes.length); i++) {
                h = Mix.mix64(h * 31 + wordHashes[i]);
            }
            shingles[start] = h;
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }

    /** FNV-1a over the characters of a word, then mixed. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return Mix.mix64(h);
    }
}
