package org.storyline.lang;

import java.util.Objects;
import java.util.Optional;

import org.storyline.model.Article;
import org.storyline.model.Paragraph;

/**
 * Marks an ingested article with the language of its body. What the detector finds in the
 * paragraphs wins over a language the source declared (page templates often declare one language for
 * every page); when the detector is unsure, the declared language, if any, stays. Thread-safe when its
 * detector is.
 */
public final class LanguageTagger {

    private final LanguageDetector detector;

    /** A tagger that uses {@link OpenNlpLanguageDetector#shared()}. */
    public LanguageTagger() {
        this(OpenNlpLanguageDetector.shared());
    }

    /** A tagger that uses {@code detector}. */
    public LanguageTagger(LanguageDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** {@code article} with its language set to the detected one, or unchanged when nothing new was found. */
    public Article tag(Article article) {
        Optional<String> found = detector.detect(body(article));
        if (found.isEmpty() || found.get().equals(article.language())) {
            return article;
        }
        return new Article(article.id(), article.path(), article.source(), article.paragraphs(), article.title(),
                article.url(), article.outlet(), article.published(), found.get());
    }

    private static String body(Article article) {
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : article.paragraphs()) {
            if (text.length() >= OpenNlpLanguageDetector.MAX_CHARS) {
                break;
            }
            text.append(paragraph.text()).append('\n');
        }
        return text.toString();
    }
}
