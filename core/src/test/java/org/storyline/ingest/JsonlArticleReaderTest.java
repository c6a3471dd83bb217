package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Paragraph;
import org.storyline.model.Problem;
import org.storyline.testing.SourceMapping;

class JsonlArticleReaderTest {

    private final JsonlArticleReader reader = new JsonlArticleReader();

    private static String problemOf(String line) {
        Ingested read = new JsonlArticleReader().read("f.jsonl", line);
        assertThat(read.articles()).isEmpty();
        assertThat(read.problems()).hasSize(1);
        return read.problems().get(0).reason();
    }

    @Test
    void fixtureGivesGoodLinesAndAProblemForTheBadOne() throws IOException {
        String content = Files.readString(SourceMapping.resource("/ingest/feed.jsonl"), StandardCharsets.UTF_8);

        Ingested read = reader.read("in/feed.jsonl", content);

        assertThat(read.articles()).extracting(Article::id).containsExactly("wire-1", "page-1");
        assertThat(read.articles()).extracting(Article::path).containsExactly("in/feed.jsonl#1", "in/feed.jsonl#4");
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("in/feed.jsonl#3");
            assertThat(problem.stage()).isEqualTo("ingest");
            assertThat(problem.reason()).startsWith("line 3: not valid JSON");
        });
    }

    @Test
    void textLineIsSourceWithOneParagraphPerNonBlankLine() throws IOException {
        String content = Files.readString(SourceMapping.resource("/ingest/feed.jsonl"), StandardCharsets.UTF_8);

        Article wire = reader.read("feed.jsonl", content).articles().get(0);

        assertThat(wire.source()).isEqualTo("BRUSSELS (Wire) - Ministers met.\n\n\"We are ready,\" a minister said.\n");
        assertThat(wire.paragraphs()).extracting(Paragraph::text)
                .containsExactly("BRUSSELS (Wire) - Ministers met.", "\"We are ready,\" a minister said.");
        assertThat(wire.title()).isEqualTo("Ministers meet");
        assertThat(wire.url()).isEqualTo("https://wire.example.org/1");
        assertThat(wire.outlet()).isEqualTo("Wire");
        assertThat(wire.published()).isEqualTo("2024-10-17");
        SourceMapping.assertMapsIntoSource(wire);
    }

    @Test
    void htmlLineIsParsedAsAPageAndItsMetadataFillsGaps() throws IOException {
        String content = Files.readString(SourceMapping.resource("/ingest/feed.jsonl"), StandardCharsets.UTF_8);

        Article page = reader.read("feed.jsonl", content).articles().get(1);

        assertThat(page.source()).startsWith("<html lang=\"de\">");
        assertThat(page.paragraphs()).extracting(Paragraph::text).containsExactly("Erster & zweiter.", "Dritter.");
        assertThat(page.title()).isEqualTo("Seite");
        assertThat(page.outlet()).isEqualTo("Page Daily");
        assertThat(page.language()).isEqualTo("de");
        SourceMapping.assertMapsIntoSource(page);
    }

    @Test
    void badLinesSayWhatIsWrong() {
        assertThat(problemOf("{\"text\": \"x\"}")).isEqualTo("line 1: missing field 'id'");
        assertThat(problemOf("{\"id\": \"a\"}")).isEqualTo("line 1: missing field 'text' or 'html'");
        assertThat(problemOf("{\"id\": \"a\", \"text\": \"x\", \"html\": \"<p>x</p>\"}"))
                .isEqualTo("line 1: has both fields 'text' and 'html' (give one)");
        assertThat(problemOf("{\"id\": 7, \"text\": \"x\"}")).isEqualTo("line 1: field 'id' must be a string, found number");
        assertThat(problemOf("{\"id\": \"a\", \"text\": \"x\", \"url\": [1]}"))
                .isEqualTo("line 1: field 'url' must be a string, found array");
        assertThat(problemOf("[1, 2]")).isEqualTo("line 1: expected a JSON object, found array");
        assertThat(problemOf("{\"id\": \"a\", \"text\": \"x\"} trailing")).startsWith("line 1: not valid JSON");
    }

    @Test
    void blankLinesAndByteOrderMarkAreSkippedButCountInLineNumbers() {
        Ingested read = reader.read("f.jsonl", "\uFEFF{\"id\":\"a\",\"text\":\"A.\"}\r\n\r\n{\"id\":\"b\",\"text\":\"B.\"}\r\n");

        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).extracting(Article::path).containsExactly("f.jsonl#1", "f.jsonl#3");
    }

    @Test
    void problemCarriesItsLine() {
        Ingested read = reader.read("f.jsonl", "{\"id\":\"a\",\"text\":\"A.\"}\n{oops\n");

        assertThat(read.problems()).extracting(Problem::path).containsExactly("f.jsonl#2");
    }
}
