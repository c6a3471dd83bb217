package org.storyline.nlp;

import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.CleanArticle;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/** Splits a cleaned article into sentences and tokens with POS, lemma and NER tags. Thread-safe. */
public interface TextAnnotator {

    /**
     * Annotates {@code text}; sentences never cross a paragraph boundary.
     *
     * @param text       the text
     * @param paragraphs the paragraphs' ranges in {@code text}, in order
     * @return the sentences, offsets into {@code text}
     */
    List<Sentence> annotate(String text, List<Span> paragraphs);

    /** Annotates a cleaned article. */
    default AnnotatedArticle annotate(CleanArticle article) {
        return new AnnotatedArticle(article, annotate(article.text(), article.paragraphs()));
    }
}
