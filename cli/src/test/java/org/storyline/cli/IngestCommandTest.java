package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    @TempDir
    Path dir;

    @Test
    void ingestPrintsALinePerCommitAndASummary() {
        CommandRun run = TestStore.ingest();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().filter(l -> l.startsWith("committed ")))
                .containsExactly("committed 2 articles: 000_727dab1cf6a8d737 001_780a206b016da81f",
                        "committed 2 articles: 002_75e297c8c0396ea8 003_0de9d4be23716e82",
                        "committed 1 articles: 004_98ceb06b7a6a85b3");
        assertThat(run.out()).containsPattern("added 5 of 5 articles \\(0 duplicates\\) to .*: 1 stories created, "
                + "0 updated; 0 problems; [0-9.]+ s, [0-9.]+ articles/s");
        assertThat(run.err()).contains("storyline: 5/5 articles looked at");
    }

    @Test
    void ingestingAgainAddsNothing() throws IOException {
        Path store = dir.resolve("store");
        Path article = Files.writeString(dir.resolve("note.txt"), "Harbour reopens\n\nThe harbour of Brennvik reopened "
                + "on Monday after the storm, the port authority said.\n");
        TestStore.run("ingest", article.toString(), "--store", store.toString());

        CommandRun again = TestStore.run("ingest", article.toString(), "--store", store.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("added 0 of 1 articles (1 duplicates)").doesNotContain("committed");
    }

    @Test
    void failedInputIsALineOnStderrAndExitsTwo() throws IOException {
        Path store = dir.resolve("store");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        CommandRun run = TestStore.run("ingest", empty.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        assertThat(run.errLines()).contains("storyline: " + empty + ": ingest: empty file");
        assertThat(run.out()).contains("1 problems");
    }

    @Test
    void batchBelowOneIsAUsageError() {
        CommandRun run = TestStore.run("ingest", "x.txt", "--store", dir.toString(), "--batch", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--batch must be at least 1, was 0");
    }
}
