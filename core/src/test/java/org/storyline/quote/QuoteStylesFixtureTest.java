package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.entity.EntityIndex;
import org.storyline.entity.EntityResolver;
import org.storyline.entity.MentionFinder;
import org.storyline.model.AnnotatedArticle;
import org.storyline.testing.Corpus;

/** Every common quote style in one article, against {@code fixtures/quote-styles/quote-styles.expected.tsv}. */
class QuoteStylesFixtureTest {

    @Test
    void everyStyleIsFoundAndAttributedAsExpected() throws IOException {
        AnnotatedArticle article = Corpus.annotated("fixtures/quote-styles").get(0);
        EntityIndex index = new EntityResolver().resolve(new MentionFinder().find(article));
        List<AttributedQuote> found = new QuoteExtractor().extract(article, index);
        List<String> mismatches = new ArrayList<>();
        for (String line : Files.readAllLines(Corpus.resource("fixtures/quote-styles/quote-styles.expected.tsv"))) {
            String[] f = line.split("\t");
            if (f[0].equals("first_words")) {
                continue;
            }
            AttributedQuote q = found.stream().filter(x -> x.text().startsWith(f[0])).findFirst().orElse(null);
            String got = q == null ? "none" : q.speaker().anonymous() ? "anon:" + q.speaker().description()
                    : q.speaker().name() == null ? "unknown" : q.speaker().name();
            if (!got.equals(f[1])) {
                mismatches.add(f[2] + ": '" + f[0] + "' expected " + f[1] + ", got " + got);
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(found).filteredOn(x -> x.text().startsWith("The insurance will cover")).singleElement()
                .satisfies(x -> assertThat(x.text()).endsWith("we are not leaving Brennvik."));
    }
}
