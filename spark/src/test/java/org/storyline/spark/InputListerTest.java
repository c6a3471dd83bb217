package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListerTest {

    @Test
    void folderGivesItsSupportedFilesSortedAndSkipsHiddenOnes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/.cache"));
        for (String f : List.of("b/2.warc.gz", "a.jsonl", "b/1.html", "notes.pdf", ".hidden.txt", "b/.cache/x.txt")) {
            Files.writeString(dir.resolve(f), "x");
        }
        List<ProblemRow> problems = new ArrayList<>();

        List<InputFile> files = InputLister.list(List.of(dir.toString()), new Configuration(), problems);

        assertThat(files).extracting(InputFile::shown).containsExactly(dir.resolve("a.jsonl").toString(),
                dir.resolve("b/1.html").toString(), dir.resolve("b/2.warc.gz").toString());
        assertThat(files).extracting(InputFile::number).containsExactly(0, 1, 2);
        assertThat(problems).isEmpty();
    }

    @Test
    void globMatchesAreReadAndAPathThatNamesNothingIsAProblem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x-2.jsonl"), "x");
        Files.writeString(dir.resolve("x-1.jsonl"), "x");
        List<ProblemRow> problems = new ArrayList<>();

        List<InputFile> files = InputLister.list(List.of(dir + "/x-*.jsonl", dir + "/none.jsonl"),
                new Configuration(), problems);

        assertThat(files).extracting(InputFile::shown)
                .containsExactly(dir.resolve("x-1.jsonl").toString(), dir.resolve("x-2.jsonl").toString());
        assertThat(problems).containsExactly(new ProblemRow(dir + "/none.jsonl", "ingest", "no such file or directory"));
    }
}
