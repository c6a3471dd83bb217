package org.storyline.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteBriefWriterTest {

    private static final FoundQuote NAMED = new FoundQuote("a1", 0, 14, "“We will act,”", "Jane Roe");
    private static final FoundQuote UNNAMED = new FoundQuote("a2", 5, 17, "“It is late”", null);

    @Test
    void eachArticleIsOneStoryHoldingItsQuotes() {
        JsonNode stories = QuoteBriefWriter.brief(List.of("a1", "a2", "a3"), List.of(NAMED, UNNAMED)).get("stories");
        assertThat(stories).hasSize(3);
        assertThat(stories.get(0).get("articles").get(0).get("id").asText()).isEqualTo("a1");
        assertThat(stories.get(0).get("quotes")).hasSize(1);
        assertThat(stories.get(1).get("quotes").get(0).get("text").asText()).isEqualTo("“It is late”");
        assertThat(stories.get(2).get("quotes")).isEmpty();
    }

    @Test
    void quoteCarriesSpeakerAndOneSourceAsTheScorerReadsThem() {
        JsonNode q = QuoteBriefWriter.brief(List.of("a1"), List.of(NAMED)).get("stories").get(0).get("quotes").get(0);
        assertThat(q.get("speaker").asText()).isEqualTo("Jane Roe");
        assertThat(q.get("anonymous").asBoolean()).isFalse();
        JsonNode source = q.get("sources").get(0);
        assertThat(source.get("article").asText()).isEqualTo("a1");
        assertThat(source.get("start").asInt()).isZero();
        assertThat(source.get("end").asInt()).isEqualTo(14);
        assertThat(source.get("text").asText()).isEqualTo("“We will act,”");
    }

    @Test
    void quoteWithoutSpeakerHasNullSpeaker() {
        JsonNode q = QuoteBriefWriter.brief(List.of("a2"), List.of(UNNAMED)).get("stories").get(0).get("quotes").get(0);
        assertThat(q.get("speaker").isNull()).isTrue();
        assertThat(q.get("speaker_description").isNull()).isTrue();
    }

    @Test
    void quoteOfAnUnknownArticleIsRefusedWithItsId() {
        assertThatThrownBy(() -> QuoteBriefWriter.brief(List.of("a1"), List.of(UNNAMED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a2'");
    }

    @Test
    void writtenFileReadsBackAsTheSameDocument(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("corenlp.json");
        QuoteBriefWriter.write(List.of("a1", "a2"), List.of(NAMED, UNNAMED), out);
        assertThat(new ObjectMapper().readTree(Files.readString(out)))
                .isEqualTo(QuoteBriefWriter.brief(List.of("a1", "a2"), List.of(NAMED, UNNAMED)));
    }
}
