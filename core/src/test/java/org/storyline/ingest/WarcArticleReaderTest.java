package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Paragraph;
import org.storyline.model.Problem;
import org.storyline.testing.SourceMapping;

class WarcArticleReaderTest {

    private static final String PAGE = "<html><head><title>Allies meet</title></head><body><article>"
            + "<p>Ministers met in Brussels on Thursday to discuss the caf\u00e9 summit.</p>"
            + "<p>They agreed on a plan for the coming winter months.</p></article></body></html>";

    private final WarcArticleReader reader = new WarcArticleReader();

    private static WarcBytes crawl(boolean gzipped) {
        return new WarcBytes(gzipped)
                .record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8))
                .record("request", "https://news.example/a", "application/http; msgtype=request",
                        "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.UTF_8))
                .response("https://news.example/a", "text/html; charset=windows-1252",
                        PAGE.getBytes(Charset.forName("windows-1252")))
                .response("https://news.example/logo.png", "image/png", new byte[] {1, 2, 3})
                .httpResponse("https://news.example/b", "HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\n",
                        "<p>moved</p>".getBytes(StandardCharsets.UTF_8));
    }

    private Ingested read(byte[] warc) {
        return reader.read("crawl.warc.gz", "crawl", new ByteArrayInputStream(warc));
    }

    @Test
    void htmlResponsesBecomeArticlesWithTargetUriAndFetchDate() {
        Ingested result = read(crawl(true).bytes());

        assertThat(result.problems()).isEmpty();
        Article article = result.articles().get(0);
        assertThat(result.articles()).hasSize(1);
        assertThat(article.id()).isEqualTo("crawl#3");
        assertThat(article.path()).isEqualTo("crawl.warc.gz#3");
        assertThat(article.url()).isEqualTo("https://news.example/a");
        assertThat(article.published()).isEqualTo("2024-10-03T12:00:03Z");
        assertThat(article.title()).isEqualTo("Allies meet");
        SourceMapping.assertMapsIntoSource(article);
    }

    @Test
    void charsetOfTheHttpHeaderDecodesThePage() {
        Article article = read(crawl(false).bytes()).articles().get(0);

        assertThat(article.paragraphs()).extracting(Paragraph::text).first().asString().contains("caf\u00e9 summit");
    }

    @Test
    void otherRecordsAreSkippedAndCountedByReason() {
        Ingested result = read(crawl(false).bytes());

        assertThat(result.skipped()).containsExactly(entry("WARC request record", 1),
                entry("WARC response, HTTP status not 2xx", 1), entry("WARC response, not HTML", 1),
                entry("WARC warcinfo record", 1));
        assertThat(result.skippedTotal()).isEqualTo(4);
    }

    @Test
    void gzipContentEncodingIsUndone() {
        byte[] warc = new WarcBytes(true).httpResponse("https://news.example/z",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n",
                WarcBytes.gzip(PAGE.getBytes(StandardCharsets.UTF_8))).bytes();

        assertThat(read(warc).articles()).singleElement()
                .satisfies(article -> assertThat(article.source()).startsWith("<html>"));
    }

    @Test
    void truncatedRecordIsAProblemWithItsOffsetAndEarlierRecordsAreKept() {
        byte[] whole = new WarcBytes(false).response("https://news.example/a", "text/html",
                PAGE.getBytes(StandardCharsets.UTF_8)).bytes();
        byte[] two = WarcBytes.concat(whole, whole);
        byte[] cut = Arrays.copyOf(two, two.length - 100);

        Ingested result = read(cut);

        assertThat(result.articles()).extracting(Article::id).containsExactly("crawl#1");
        assertThat(result.problems()).extracting(Problem::reason).singleElement().asString()
                .startsWith("record 2 at byte " + whole.length + ": truncated record")
                .endsWith("rest of file not read");
    }

    @Test
    void badHttpHeaderIsAProblemForThatRecordOnly() {
        byte[] warc = new WarcBytes(false)
                .record("response", "https://news.example/x", "application/http; msgtype=response",
                        "not http at all\r\n\r\n".getBytes(StandardCharsets.UTF_8))
                .response("https://news.example/a", "text/html", PAGE.getBytes(StandardCharsets.UTF_8)).bytes();

        Ingested result = read(warc);

        assertThat(result.articles()).extracting(Article::id).containsExactly("crawl#2");
        assertThat(result.problems()).extracting(Problem::reason).singleElement().asString()
                .startsWith("record 1 at byte 0: HTTP header not parsable");
    }

    @Test
    void payloadDecodingPastTheLimitIsAProblemForThatRecordOnly() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 70; i++) {
                zip.write(zeros);
            }
        }
        byte[] warc = new WarcBytes(true)
                .httpResponse("https://news.example/bomb",
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n", bomb.toByteArray())
                .response("https://news.example/a", "text/html", PAGE.getBytes(StandardCharsets.UTF_8)).bytes();

        Ingested result = read(warc);

        assertThat(result.articles()).extracting(Article::id).containsExactly("crawl#2");
        assertThat(result.problems()).extracting(Problem::reason)
                .containsExactly("record 1 at byte 0: decompressed size exceeds 64 MiB");
    }

    @Test
    void truncatedGzipMemberIsAProblemAndEarlierRecordsAreKept() {
        byte[] one = new WarcBytes(true).response("https://news.example/a", "text/html",
                PAGE.getBytes(StandardCharsets.UTF_8)).bytes();
        byte[] two = WarcBytes.concat(one, one);

        Ingested result = read(Arrays.copyOf(two, one.length + one.length / 2));

        assertThat(result.articles()).extracting(Article::id).containsExactly("crawl#1");
        assertThat(result.problems()).extracting(Problem::reason).singleElement().asString()
                .startsWith("record 2 at byte " + one.length + ": truncated record").endsWith("; rest of file not read");
    }

    @Test
    void fileThatIsNotAWarcIsAProblem() {
        Ingested result = read("<html>not an archive</html>".getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).extracting(Problem::reason).singleElement().asString()
                .startsWith("record 1 at byte 0: not a valid WARC record");
    }

    @Test
    void gzipMemberHoldingMoreThanItsRecordDeclaresIsNotReadToItsEnd() throws IOException {
        WarcBytes warc = new WarcBytes(true).response("https://news.example/a", "text/html",
                PAGE.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(member)) {
            zip.write(warc.header("resource", "https://news.example/z", "text/html", 10));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
        }
        byte[] bytes = WarcBytes.concat(warc.bytes(), member.toByteArray());

        Ingested result = read(bytes);

        assertThat(result.articles()).extracting(Article::id).containsExactly("crawl#1");
        assertThat(result.problems()).extracting(Problem::reason).singleElement().asString()
                .contains("not a valid WARC record").endsWith("; rest of file not read");
    }
}
