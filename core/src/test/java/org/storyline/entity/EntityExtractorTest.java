package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Entity;
import org.storyline.model.SourceText;
import org.storyline.testing.Corpus;

class EntityExtractorTest {

    private static final AnnotatedArticle A = Corpus.text("a", "NATO meets",
            "NATO Secretary General Mark Rutte met ministers in Brussels on Wednesday.",
            "The secretary general said the alliance would stand by Ukraine. Rutte left on Thursday.");

    @Test
    void everyMentionOfAnEntityIsASpanOfItsSource() {
        Entity rutte = new EntityExtractor().extract(List.of(A)).entities().stream()
                .filter(e -> e.name().equals("Mark Rutte")).findFirst().orElseThrow();
        assertThat(rutte.spans()).extracting(SourceText::text)
                .containsExactly("Mark Rutte", "The secretary general", "Rutte");
        assertThat(rutte.mentions()).isEqualTo(rutte.spans().size());
        String source = A.clean().article().source();
        for (SourceText s : rutte.spans()) {
            assertThat(s.article()).isEqualTo("a");
            assertThat(source.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}
