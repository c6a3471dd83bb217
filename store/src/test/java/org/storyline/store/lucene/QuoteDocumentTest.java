package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.store.StoredQuote;

class QuoteDocumentTest {

    @Test
    void quoteWithItsSourcesSurvivesTheIndex() {
        Quote quote = new Quote("We will rebuild", "Dara Venn", false, "the mayor", false,
                List.of(new QuoteSource("a1", 10, 25, "We will rebuild", null), new QuoteSource("a2", 3, 18, "we'll rebuild", null)));
        StoredQuote stored = new StoredQuote("story-1", quote);

        assertThat(QuoteDocument.read(IndexRoundTrip.stored(QuoteDocument.of(stored, 0, "2024-10-17"))))
                .isEqualTo(stored);
    }

    @Test
    void anonymousQuoteSurvivesTheIndex() {
        StoredQuote stored = new StoredQuote("s", new Quote("No comment", null, true, "a diplomat", List.of()));

        assertThat(QuoteDocument.read(IndexRoundTrip.stored(QuoteDocument.of(stored, 3, null)))).isEqualTo(stored);
    }
}
