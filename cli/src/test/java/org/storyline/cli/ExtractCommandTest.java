package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final String PAGE = "<html lang=\"en-GB\"><head><title>Ignored</title>"
            + "<meta property=\"og:title\" content=\"Bridge reopens\">"
            + "<meta property=\"og:site_name\" content=\"The Daily Example\">"
            + "<link rel=\"canonical\" href=\"https://example.org/bridge\"></head>"
            + "<body><nav><a href=\"/\">Home</a></nav><article><h1>Bridge reopens</h1>"
            + "<p>The old bridge reopened on Monday after two years of repairs to its steel frame.</p>"
            + "<p>Traffic is expected to return to normal levels within a week, the council said.</p>"
            + "</article></body></html>";

    private static final Briefer NO_BRIEF = inputs -> {
        throw new AssertionError("extract must not brief");
    };

    @Test
    void pagePrintsItsFieldsUnderItsFileName(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bridge.html"), PAGE);
        CommandRun run = CommandRun.execute(NO_BRIEF, "extract", file.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode page = new ObjectMapper().readTree(run.out()).get("bridge");
        assertThat(page.get("title").asText()).isEqualTo("Bridge reopens");
        assertThat(page.get("articleBody").asText()).isEqualTo(
                "The old bridge reopened on Monday after two years of repairs to its steel frame.\n"
                        + "Traffic is expected to return to normal levels within a week, the council said.");
        assertThat(page.get("outlet").asText()).isEqualTo("The Daily Example");
        assertThat(page.get("url").asText()).isEqualTo("https://example.org/bridge");
        assertThat(page.get("language").asText()).isEqualTo("en");
        assertThat(page.get("authors").isArray()).isTrue();
        assertThat(page.has("published")).isTrue();
    }

    @Test
    void directoryIsSearchedRecursivelyAndGzippedPagesAreRead(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/zipped.html.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("plain.htm"), PAGE);
        Files.writeString(dir.resolve("notes.txt"), "not a page");
        CommandRun run = CommandRun.execute(NO_BRIEF, "extract", dir.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode pages = new ObjectMapper().readTree(run.out());
        assertThat(pages.fieldNames()).toIterable().containsExactlyInAnyOrder("plain", "zipped");
        assertThat(pages.get("zipped").get("title").asText()).isEqualTo("Bridge reopens");
    }

    @Test
    void unreadablePagesAreReportedAndTheOthersStillPrinted(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.html"), PAGE);
        byte[] zipped = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        Path truncated = Files.write(dir.resolve("broken.html.gz"), Arrays.copyOf(zipped, zipped.length / 2));
        Path missing = dir.resolve("missing.html");
        CommandRun run = CommandRun.execute(NO_BRIEF, "extract", good.toString(), truncated.toString(),
                missing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        assertThat(new ObjectMapper().readTree(run.out()).has("good")).isTrue();
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("storyline: " + truncated + ": extract: ");
        assertThat(run.errLines().get(1)).isEqualTo("storyline: " + missing + ": extract: no such file or directory");
    }

    @Test
    void unsupportedFormatIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.html"), PAGE);
        CommandRun run = CommandRun.execute(NO_BRIEF, "extract", file.toString(), "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
