package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Paragraph;
import org.storyline.model.Problem;
import org.storyline.testing.SourceMapping;

class IngesterTest {

    private final Ingester ingester = new Ingester();

    @TempDir
    Path dir;

    @Test
    void exampleCorpusIngestsWithFileNameIdsAndOneParagraphPerLine() {
        Ingested result = ingester.ingest(List.of(SourceMapping.resource("/corpus/nato-2024-10")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).extracting(Article::id).containsExactly("000_727dab1cf6a8d737",
                "001_780a206b016da81f", "002_75e297c8c0396ea8", "003_0de9d4be23716e82", "004_98ceb06b7a6a85b3");
        assertThat(result.articles()).extracting(a -> a.paragraphs().size()).containsExactly(25, 13, 23, 13, 25);
        assertThat(result.articles()).allSatisfy(SourceMapping::assertMapsIntoSource);
    }

    @Test
    void byteOrderMarkStaysInSourceAndParagraphsStartAfterIt() {
        Article article = ingester.ingest(List.of(SourceMapping.resource("/ingest/bom.txt"))).articles().get(0);

        assertThat(article.id()).isEqualTo("bom");
        assertThat(article.source()).startsWith("\uFEFFFirst");
        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .containsExactly("First paragraph after a BOM.", "Second paragraph.");
        assertThat(article.paragraphs().get(0).sourceSpan().start()).isEqualTo(1);
    }

    @Test
    void malformedUtf8IsAProblemNamingPathAndByte() throws IOException {
        Path bad = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

        Ingested result = ingester.ingest(List.of(bad));

        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).containsExactly(new Problem(bad.toString(), "ingest", "not valid UTF-8 at byte 3"));
    }

    @Test
    void unknownExtensionAndMissingFileAreProblemsAndTheBatchGoesOn() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.md"), "# notes");
        Path good = Files.writeString(dir.resolve("good.txt"), "Text.");
        Path missing = dir.resolve("nope.txt");

        Ingested result = ingester.ingest(List.of(notes, missing, good));

        assertThat(result.articles()).extracting(Article::id).containsExactly("good");
        assertThat(result.problems()).extracting(Problem::path).containsExactly(notes.toString(), missing.toString());
    }

    @Test
    void mixedDirectoryYieldsGoodArticlesAndAProblemForTheBadFile() {
        Path mixed = SourceMapping.resource("/ingest/mixed");

        Ingested result = ingester.ingest(List.of(mixed));

        assertThat(result.articles()).extracting(Article::id).containsExactly("good", "page", "nested");
        assertThat(result.problems()).containsExactly(
                new Problem(mixed.resolve("empty.txt").toString(), "ingest", "empty file"));
    }

    @Test
    void mixedFormatsInOneBatch() {
        Ingested result = ingester.ingest(List.of(SourceMapping.resource("/ingest/article.html"),
                SourceMapping.resource("/ingest/feed.jsonl")));

        assertThat(result.articles()).extracting(Article::id).containsExactly("article", "wire-1", "page-1");
        assertThat(result.problems()).extracting(Problem::reason).singleElement()
                .satisfies(reason -> assertThat(reason).startsWith("line 3: "));
    }

    @Test
    void duplicateIdKeepsTheFirst() throws IOException {
        Path first = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("x.txt"), "First.");
        Path second = Files.writeString(dir.resolve("x.html"), "<p>Second.</p>");

        Ingested result = ingester.ingest(List.of(first, second));

        assertThat(result.articles()).extracting(Article::path).containsExactly(first.toString());
        assertThat(result.problems()).extracting(Problem::reason)
                .containsExactly("duplicate id 'x' (first read from " + first + ")");
    }

    @Test
    void blankFileIsEmpty() throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.txt"), "\uFEFF \n\n");

        assertThat(ingester.ingest(List.of(blank)).problems()).extracting(Problem::reason).containsExactly("empty file");
    }
}
