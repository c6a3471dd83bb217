package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Problem;

class InputWalkerTest {

    @TempDir
    Path dir;

    private Path touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    @Test
    void directoryIsWalkedRecursivelyInPathOrderSkippingHiddenAndOtherFiles() throws IOException {
        touch("b.txt");
        touch("a/z.html");
        touch("a.jsonl");
        touch("notes.md");
        touch(".hidden.txt");
        touch(".git/c.txt");
        IngestBatch batch = new IngestBatch();

        List<Path> files = InputWalker.expand(List.of(dir), batch);

        assertThat(files).containsExactly(dir.resolve("a.jsonl"), dir.resolve("a/z.html"), dir.resolve("b.txt"));
        assertThat(batch.result().problems()).isEmpty();
    }

    @Test
    void explicitFilesKeepTheirOrder() throws IOException {
        Path b = touch("b.txt");
        Path a = touch("a.htm");

        assertThat(InputWalker.expand(List.of(b, a), new IngestBatch())).containsExactly(b, a);
    }

    @Test
    void dashStandsForStandardInputAndNeedsNoFile() {
        IngestBatch batch = new IngestBatch();

        assertThat(InputWalker.expand(List.of(Path.of("-")), batch)).containsExactly(InputWalker.STDIN);
        assertThat(batch.result().problems()).isEmpty();
    }

    @Test
    void gzippedFeedsAndArchivesAreFoundInDirectories() throws IOException {
        touch("a.warc.gz");
        touch("b.rss");
        touch("c.html.gz");
        touch("d.tar.gz");

        assertThat(InputWalker.expand(List.of(dir), new IngestBatch())).containsExactly(
                dir.resolve("a.warc.gz"), dir.resolve("b.rss"), dir.resolve("c.html.gz"));
    }

    @Test
    void missingPathAndExplicitUnsupportedFileAreProblems() throws IOException {
        Path notes = touch("notes.md");
        Path missing = dir.resolve("missing.txt");
        IngestBatch batch = new IngestBatch();

        assertThat(InputWalker.expand(List.of(missing, notes), batch)).isEmpty();
        assertThat(batch.result().problems()).containsExactly(
                new Problem(missing.toString(), "ingest", "no such file or directory"),
                new Problem(notes.toString(), "ingest", "unsupported file type (expected "
                        + ".txt, .html, .htm, .jsonl, .rss, .atom, .xml, .warc (each optionally .gz))"));
    }
}
