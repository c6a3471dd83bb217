package org.storyline.brief;

import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.BriefSentence;
import org.storyline.text.WordSet;

/**
 * The story's headline: of the articles' own headlines, the one whose words the other articles share
 * most; without headlines, the summary's lead sentence.
 */
final class HeadlinePicker {

    private HeadlinePicker() {
    }

    static String pick(List<AnnotatedArticle> articles, List<BriefSentence> summary) {
        String best = null;
        double bestScore = -1;
        for (AnnotatedArticle a : articles) {
            String title = a.clean().title();
            if (title == null || title.isBlank()) {
                continue;
            }
            WordSet words = WordSet.of(title);
            double score = 0;
            for (AnnotatedArticle other : articles) {
                if (other != a) {
                    score += coverage(words, WordSet.of(other.text()));
                }
            }
            if (score > bestScore) {
                best = title.strip();
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        if (!summary.isEmpty()) {
            return summary.get(0).text();
        }
        return articles.get(0).text().lines().findFirst().orElse("(untitled story)");
    }

    private static double coverage(WordSet title, WordSet body) {
        if (title.words().isEmpty()) {
            return 0;
        }
        long shared = title.words().stream().filter(body.words()::contains).count();
        return (double) shared / title.words().size();
    }
}
