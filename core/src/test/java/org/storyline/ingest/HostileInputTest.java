package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Problem;

/**
 * A batch of hostile inputs, generated here at run time, beside good ones: each hostile input gives
 * one clear problem naming its path (and record where there is one), and every good input is read.
 */
class HostileInputTest {

    private static final String PAGE = "<html><body><article><p>A good page with a sentence in it.</p>"
            + "<p>And a second sentence.</p></article></body></html>";
    private static final String SECRET = "TOP-SECRET-MARKER-7d1f";
    private static final int BIG_PAGE_BYTES = 50_000_000;

    @TempDir
    static Path dir;

    private static Ingested result;

    @BeforeAll
    static void ingestTheBatch() throws IOException {
        Files.writeString(dir.resolve("prose.txt"), "A good text.\nSecond line.");
        Files.writeString(dir.resolve("good.html"), PAGE);
        Files.write(dir.resolve("good.warc.gz"), new WarcBytes(true)
                .response("https://news.example/good", "text/html", PAGE.getBytes(StandardCharsets.UTF_8)).bytes());
        Files.write(dir.resolve("empty.html"), new byte[0]);
        Files.write(dir.resolve("binary.html"), binary());
        writeBigPage(dir.resolve("big.html"));
        Files.writeString(dir.resolve("deep.html"), "<div>".repeat(100_000) + "<p>Deep text.</p>");
        byte[] gzipped = WarcBytes.gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("truncated.html.gz"), Arrays.copyOf(gzipped, gzipped.length / 2));
        Files.write(dir.resolve("truncated.warc"), truncatedWarc());
        writeBomb(dir.resolve("bomb.warc.gz"));
        writeZeros(dir.resolve("bomb.html.gz"));
        Files.write(dir.resolve("invalid.txt"), new byte[] {'c', 'a', 'f', (byte) 0xC3, '(', '\n'});
        Path secret = Files.createDirectories(dir.resolve(".private")).resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Files.writeString(dir.resolve("xxe.rss"), xxeFeed(secret));
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\":\"ok\",\"text\":\"Fine line.\"}\nthis is not json\n");
        result = new Ingester().ingest(List.of(dir));
    }

    private static byte[] binary() {
        byte[] bytes = new byte[4096];
        new Random(4).nextBytes(bytes);
        bytes[10] = 0;
        return bytes;
    }

    private static void writeBigPage(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("<html><body><article>");
            long written = 0;
            for (int i = 0; written < BIG_PAGE_BYTES; i++) {
                String p = "<p>Paragraph " + i + " of a very large page, with enough words to look like prose.</p>\n";
                out.write(p);
                written += p.length();
            }
            out.write("</article></body></html>");
        }
    }

    private static byte[] truncatedWarc() {
        byte[] one = new WarcBytes(false).response("https://news.example/a", "text/html",
                PAGE.getBytes(StandardCharsets.UTF_8)).bytes();
        byte[] two = WarcBytes.concat(one, one);
        return Arrays.copyOf(two, two.length - 50);
    }

    /** One gzip member whose record claims 10 GiB; 80 MiB of zeros are written, the limit must stop before. */
    private static void writeBomb(Path file) throws IOException {
        WarcBytes warc = new WarcBytes(true);
        Files.write(file, warc.response("https://news.example/good", "text/html",
                PAGE.getBytes(StandardCharsets.UTF_8)).bytes());
        byte[] header = warc.header("resource", "https://news.example/bomb", "text/html", 10L << 30);
        try (OutputStream zip = new GZIPOutputStream(Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND))) {
            zip.write(header);
            writeZeroBytes(zip, 80 << 20);
        }
    }

    private static void writeZeros(Path file) throws IOException {
        try (OutputStream zip = new GZIPOutputStream(Files.newOutputStream(file))) {
            writeZeroBytes(zip, 80 << 20);
        }
    }

    private static void writeZeroBytes(OutputStream out, int count) throws IOException {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < count; i += zeros.length) {
            out.write(zeros);
        }
    }

    private static String xxeFeed(Path secret) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>Feed</title><item><title>x</title>"
                + "<description>Leak: &xxe;</description></item></channel></rss>";
    }

    private static Map<String, String> reasons() {
        return result.problems().stream().collect(Collectors.toMap(
                p -> dir.relativize(Path.of(p.path())).toString(), Problem::reason, (a, b) -> a + " | " + b));
    }

    @Test
    void everyGoodInputIsRead() {
        assertThat(result.articles()).extracting(Article::id)
                .contains("prose", "good", "good#1", "bomb#1", "truncated#1", "ok");
    }

    @Test
    void eachHostileInputIsOneClearProblem() {
        Map<String, String> reasons = reasons();

        assertThat(reasons).containsEntry("empty.html", "empty file");
        assertThat(reasons).containsEntry("binary.html", "binary content, not text (NUL byte at byte 10)");
        assertThat(reasons).containsEntry("truncated.html.gz", "truncated gzip (unexpected end of compressed data)");
        assertThat(reasons).containsEntry("bomb.html.gz", "decompressed size exceeds 64 MiB");
        assertThat(reasons).containsEntry("invalid.txt", "not valid UTF-8 at byte 3");
        assertThat(reasons.get("truncated.warc")).startsWith("record 2 at byte ").contains("truncated record");
        assertThat(reasons.get("bomb.warc.gz"))
                .matches("record 2 at byte \\d+: record size exceeds 64 MiB; rest of file not read");
        assertThat(reasons.get("lines.jsonl#2")).startsWith("line 2: not valid JSON at column 1");
        assertThat(reasons.get("xxe.rss")).contains("DOCTYPE declarations are refused")
                .contains("external entities are never resolved");
    }

    @Test
    void externalEntityIsNeverResolved() {
        assertThat(result.articles()).allSatisfy(a -> assertThat(a.source()).doesNotContain(SECRET));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.reason()).doesNotContain(SECRET));
    }

    @Test
    void hugeAndDeepPagesAreReadOrRefusedWithAReason() {
        Map<String, String> reasons = reasons();
        List<String> read = result.articles().stream().map(a -> dir.relativize(Path.of(a.path())).toString()).toList();

        assertThat(read).doesNotContain("big.html");
        assertThat(reasons).containsEntry("big.html", "page size exceeds 8 Mi characters (too large for an article page)");
        assertThat(read.contains("deep.html") || "HTML nested too deeply to process (stack overflow)"
                .equals(reasons.get("deep.html"))).isTrue();
    }
}
