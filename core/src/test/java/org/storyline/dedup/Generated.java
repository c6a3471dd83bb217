package org.storyline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.storyline.model.CleanArticle;

/** Random articles over a made-up vocabulary, with planted exact and near copies. */
final class Generated {

    private static final int VOCABULARY = 3_000;

    private Generated() {
    }

    /**
     * {@code count} distinct articles of five paragraphs; the first {@code exact} of them get a copy
     * {@code ID-exact} and the next {@code near} a copy {@code ID-near} whose last paragraph is rewritten.
     * Copies are published a day after their original and are shuffled in with the rest.
     */
    static List<CleanArticle> batch(int count, int exact, int near, long seed) {
        Random random = new Random(seed);
        List<CleanArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("a%04d", i);
            String[] paragraphs = new String[5];
            for (int p = 0; p < paragraphs.length; p++) {
                paragraphs[p] = sentence(random, 30 + random.nextInt(20));
            }
            articles.add(Articles.direct(id, "2024-10-01T00:00:00Z", paragraphs));
            if (i < exact) {
                articles.add(random.nextInt(articles.size() + 1),
                        Articles.direct(id + "-exact", "2024-10-02T00:00:00Z", paragraphs));
            } else if (i < exact + near) {
                String[] edited = Arrays.copyOf(paragraphs, paragraphs.length);
                edited[edited.length - 1] = sentence(random, 12);
                articles.add(random.nextInt(articles.size() + 1),
                        Articles.direct(id + "-near", "2024-10-02T00:00:00Z", edited));
            }
        }
        return articles;
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(word(random.nextInt(VOCABULARY)));
        }
        return text.append('.').toString();
    }

    private static String word(int n) {
        StringBuilder word = new StringBuilder();
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return word.append("o").toString();
    }
}
