package org.storyline.model;

import java.util.Objects;

/**
 * A name as written in one article.
 *
 * @param article  id of the article
 * @param text     the name as written ({@code Selenskyj}, {@code the Siemens Group})
 * @param type     what kind of entity it names
 * @param start    first character in the article's clean text, inclusive
 * @param end      last character in the article's clean text, exclusive
 * @param sentence index of the sentence it is in
 * @param role     a title written next to it ({@code NATO Secretary General}), or {@code null}
 * @param roleSpan where the title stands in the clean text, or {@code null} when there is none
 */
public record Mention(String article, String text, EntityType type, int start, int end, int sentence, String role,
                      Span roleSpan) {

    public Mention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /** A mention whose title's position is not known. */
    public Mention(String article, String text, EntityType type, int start, int end, int sentence, String role) {
        this(article, text, type, start, end, sentence, role, null);
    }
}
