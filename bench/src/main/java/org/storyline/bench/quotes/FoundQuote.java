package org.storyline.bench.quotes;

import java.util.Objects;

/**
 * A quote one system found, with the speaker it gave.
 *
 * @param article id of the article
 * @param start   first character of the quote in the article's clean text
 * @param end     end (exclusive) of the quote in the clean text
 * @param text    the quote as the system reports it (CoreNLP keeps the quotation marks)
 * @param speaker the speaker as the system names it ({@code anon:<description>} for storyline's unnamed
 *                sources), or {@code null} when it gave none
 */
public record FoundQuote(String article, int start, int end, String text, String speaker) {

    public FoundQuote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
    }
}
