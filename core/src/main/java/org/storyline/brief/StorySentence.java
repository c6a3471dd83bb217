package org.storyline.brief;

import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.Sentence;
import org.storyline.text.TermVector;

/**
 * A sentence of one of the story's articles, ready for comparison with the others.
 *
 * @param article  the article it is in
 * @param sentence the sentence
 * @param text     its text
 * @param vector   its TF-IDF vector over the story's sentences
 * @param position its relative position in the article, 0 for the lead to 1 for the last sentence
 * @param eligible whether it may stand in a summary on its own (see {@link SentenceFilter})
 */
record StorySentence(AnnotatedArticle article, Sentence sentence, String text, TermVector vector, double position,
                     boolean eligible) {

    /** The sentence's span in its article's source. */
    Citation citation() {
        return article.clean().cite(sentence.start(), sentence.end());
    }

    /** The outlet that wrote it: agency, syndication source, publisher, or the article itself. */
    String author() {
        String a = article.clean().author();
        return a != null ? a.toLowerCase(java.util.Locale.ROOT) : "article:" + article.id();
    }
}
