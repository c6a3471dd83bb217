package org.storyline.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;
import org.storyline.nlp.TextAnnotator;

/**
 * A claim, passage or context with its tokens.
 *
 * @param text   the text
 * @param tokens its tokens, with offsets into {@code text} or into the article the text was taken from
 */
public record AnnotatedText(String text, List<Token> tokens) {

    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
    }

    /** {@code text} annotated by {@code annotator} as one paragraph. */
    public static AnnotatedText of(String text, TextAnnotator annotator) {
        List<Token> tokens = new ArrayList<>();
        if (!text.isBlank()) {
            for (Sentence s : annotator.annotate(text, List.of(new Span(0, text.length())))) {
                tokens.addAll(s.tokens());
            }
        }
        return new AnnotatedText(text, tokens);
    }

    /** The text of sentence {@code s} of an article whose text is {@code articleText}. */
    public static AnnotatedText of(Sentence s, String articleText) {
        return new AnnotatedText(s.text(articleText), s.tokens());
    }
}
