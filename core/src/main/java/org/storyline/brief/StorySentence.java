package org.storyline.brief;

import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.Sentence;
import org.storyline.support.AnnotatedText;
import org.storyline.text.TermVector;

/**
 * A sentence of one of the story's articles, ready for comparison with the others.
 *
 * @param article   the article it is in
 * @param sentence  the sentence
 * @param text      its text
 * @param vector    its TF-IDF vector over the story's sentences
 * @param position  its relative position in the article, 0 for the lead to 1 for the last sentence
 * @param eligible  whether it may stand in a summary on its own (see {@link SentenceFilter})
 * @param author    the outlet that wrote it (see {@link StorySentences}), so that reprints count once
 * @param paragraph the paragraph it is in and the one before, with their tokens, for reading it in context
 */
record StorySentence(AnnotatedArticle article, Sentence sentence, String text, TermVector vector, double position,
                     boolean eligible, String author, AnnotatedText paragraph) {

    /** The sentence with its tokens. */
    AnnotatedText annotated() {
        return new AnnotatedText(text, sentence.tokens());
    }

    /** The sentence's span in its article's source. */
    Citation citation() {
        return article.clean().cite(sentence.start(), sentence.end());
    }
}
