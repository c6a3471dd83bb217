package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    @Test
    void gzippedFilesAreReadDirectlyWithIdsWithoutBothExtensions() throws IOException {
        Path text = Files.write(dir.resolve("wire.txt.gz"), WarcBytes.gzip("First.\nSecond.".getBytes(StandardCharsets.UTF_8)));
        Path page = Files.write(dir.resolve("page.htm.gz"), WarcBytes.gzip("<p>Para.</p>".getBytes(StandardCharsets.UTF_8)));
        Path lines = Files.write(dir.resolve("lines.jsonl.gz"),
                WarcBytes.gzip("{\"id\":\"j1\",\"text\":\"Line.\"}".getBytes(StandardCharsets.UTF_8)));

        Ingested result = ingester.ingest(List.of(text, page, lines));

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).extracting(Article::id).containsExactly("wire", "page", "j1");
        assertThat(result.articles().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void feedsAndArchivesAddTheirArticlesAndSkippedCounts() throws IOException {
        Path feed = Files.writeString(dir.resolve("news.xml"), "<rss version=\"2.0\"><channel><title>N</title>"
                + "<item><title>T</title><link>https://n.example/1</link><description>Text of it.</description></item>"
                + "</channel></rss>");
        Path warc = Files.write(dir.resolve("crawl.warc.gz"), new WarcBytes(true)
                .record("request", "https://n.example/2", "application/http; msgtype=request",
                        "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8))
                .response("https://n.example/2", "text/html", "<p>Page text.</p>".getBytes(StandardCharsets.UTF_8))
                .bytes());

        Ingested result = ingester.ingest(List.of(feed, warc));

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).extracting(Article::id).containsExactly("news#1", "crawl#2");
        assertThat(result.skipped()).containsExactly(Map.entry("WARC request record", 1));
    }

    @Test
    void dashReadsStandardInputGuessingItsFormat() {
        assertThat(fromStdin("{\"id\":\"s1\",\"text\":\"Hi.\"}\n").articles()).extracting(Article::id)
                .containsExactly("s1");
        Article page = fromStdin("<html><body><p>Piped page.</p></body></html>").articles().get(0);
        assertThat(page.id()).isEqualTo("stdin");
        assertThat(page.path()).isEqualTo("stdin");
        assertThat(page.paragraphs()).extracting(Paragraph::text).containsExactly("Piped page.");
        assertThat(fromStdin("Just text.\nMore.").articles().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void gzippedStandardInputIsDecompressed() {
        Ingested result = new Ingester(new ByteArrayInputStream(WarcBytes.gzip("Zipped text.".getBytes(StandardCharsets.UTF_8))))
                .ingest(List.of(Path.of("-")));

        assertThat(result.articles()).extracting(Article::id).containsExactly("stdin");
    }

    @Test
    void emptyStandardInputIsAProblem() {
        assertThat(fromStdin("").problems()).containsExactly(new Problem("stdin", "ingest", "empty input"));
    }

    private static Ingested fromStdin(String input) {
        return new Ingester(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))).ingest(List.of(Path.of("-")));
    }
}
