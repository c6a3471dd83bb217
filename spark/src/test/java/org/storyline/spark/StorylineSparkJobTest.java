package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorylineSparkJobTest {

    @Test
    void missingOutputIsAUsageError() {
        assertThat(StorylineSparkJob.execute("--input", "x.jsonl")).isEqualTo(StorylineSparkJob.USAGE);
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) {
        assertThat(StorylineSparkJob.execute("--input", "x.jsonl", "--output", dir.resolve("o").toString(),
                "--format", "csv")).isEqualTo(StorylineSparkJob.USAGE);
    }

    @Test
    void outputThatIsAFileIsAUsageError(@TempDir Path dir) throws IOException {
        LocalSpark.session();
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThat(StorylineSparkJob.execute("--input", "x.jsonl", "--output", file.toString()))
                .isEqualTo(StorylineSparkJob.USAGE);
    }

    @Test
    void inputThatFailsGivesExitCodeTwoAndStillWritesTheOutput(@TempDir Path dir) throws IOException {
        LocalSpark.session();
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "[1, 2]\n");

        int code = StorylineSparkJob.execute("--input", bad.toString(), "--output", dir.resolve("out").toString(),
                "--format", "jsonl");

        assertThat(code).isEqualTo(StorylineSparkJob.INPUT_PROBLEMS);
        assertThat(SparkPipelineTest.lines(dir.resolve("out/problems.jsonl")))
                .singleElement().satisfies(p -> assertThat(p.get("path").asText()).endsWith("bad.jsonl#1"));
        assertThat(dir.resolve("out/stories.parquet")).doesNotExist();
    }
}
