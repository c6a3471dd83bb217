package org.storyline.fact;

import java.util.Objects;
import org.storyline.model.Citation;
import org.storyline.model.FactKind;

/**
 * One statement of a fact in one article.
 *
 * @param kind       what kind of fact
 * @param value      the normalised value ({@code EUR 40000000000}, {@code 32 countries}, {@code 2024-10-17},
 *                   {@code P2Y6M}, {@code 500000 m}); mentions with equal kind and value state the same fact
 * @param text       the fact's words as the clean text has them ({@code €40 billion})
 * @param subject    what the value is about: the count class of a count ({@code countries}), the noun
 *                   phrase after an amount of money ({@code military aid}), the event a date attaches to
 *                   ({@code meeting}); {@code null} when unknown
 * @param citation   the fact's words in the article's source
 * @param cleanStart first character of the fact's words in the clean text
 * @param cleanEnd   end (exclusive) of the fact's words in the clean text
 * @param qualifier  how loosely the number is stated ({@code about}, {@code nearly}, {@code more than},
 *                   {@code at least}, {@code up to}, {@code less than}), or {@code null} when exact
 */
public record FactMention(FactKind kind, String value, String text, String subject, Citation citation,
                          int cleanStart, int cleanEnd, String qualifier) {

    public FactMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
        if (cleanStart < 0 || cleanEnd < cleanStart) {
            throw new IllegalArgumentException("bad clean range [" + cleanStart + ", " + cleanEnd + ") for "
                    + kind.label() + " '" + value + "' in " + citation.article());
        }
    }

    /** A mention stated exactly (no qualifier). */
    public FactMention(FactKind kind, String value, String text, String subject, Citation citation,
                       int cleanStart, int cleanEnd) {
        this(kind, value, text, subject, citation, cleanStart, cleanEnd, null);
    }

    /**
     * Whether {@code other} states the same value: the same kind, and an equal value or one that agrees
     * within a hedge, a unit or a scale ({@code about 200ft} and {@code about 60 metres}).
     */
    public boolean agreesWith(FactMention other) {
        return kind == other.kind() && (value.equals(other.value()) || ValueAgreement.agree(this, other));
    }

    /** The id of the article that states it. */
    public String article() {
        return citation.article();
    }
}
