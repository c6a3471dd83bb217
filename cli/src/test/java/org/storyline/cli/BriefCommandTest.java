package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Problem;
import org.storyline.model.Report;
import org.storyline.render.Format;

class BriefCommandTest {

    private static final Report CLEAN = new Report(List.of(), List.of());
    private static final Report WITH_PROBLEMS = new Report(List.of(), List.of(
            new Problem("in/bad.html", "ingest", "not valid UTF-8 at byte 12"),
            new Problem("in/empty.txt", "clean", "no text left\nafter cleaning")));

    @TempDir
    Path dir;
    private Path article;
    private final List<List<Path>> calls = new ArrayList<>();

    @BeforeEach
    void writeArticle() throws IOException {
        article = Files.writeString(dir.resolve("article one.txt"), "Some news.");
    }

    private CommandRun brief(Report report, String... args) {
        return CommandRun.execute(inputs -> {
            calls.add(inputs);
            return report;
        }, args);
    }

    @Test
    void cleanRunPrintsMarkdownByDefaultAndExitsZero() {
        CommandRun run = brief(CLEAN, "brief", article.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith(Format.MARKDOWN.renderer().render(CLEAN)).endsWith("\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void skippedRecordsAreCountedOnStderrWithoutFailingTheRun() {
        Report skipping = new Report(List.of(), List.of(), java.util.Map.of("WARC request record", 3));
        CommandRun run = brief(skipping, "brief", article.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("storyline: skipped 3 × WARC request record");
    }

    @Test
    void cuesOptionShowsTheWordsThatNameEachSpeakerInMarkdown() {
        CommandRun plain = brief(HostileReport.report(), "brief", article.toString());
        CommandRun withCues = brief(HostileReport.report(), "brief", article.toString(), "--cues");

        assertThat(plain.out()).doesNotContain("named by");
        assertThat(withCues.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(withCues.out()).contains("— named by “the mayor said”");
    }

    @Test
    void formatJsonRendersJson() {
        CommandRun run = brief(CLEAN, "brief", article.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith(Format.JSON.renderer().render(CLEAN));
    }

    @Test
    void formatHtmlRendersOneSelfContainedPage() {
        CommandRun run = brief(CLEAN, "brief", article.toString(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy").endsWith("</html>\n");
    }

    @Test
    void helpListsTheHtmlFormat() {
        CommandRun run = brief(CLEAN, "brief", "--help");

        assertThat(run.out()).contains("markdown (the default; also md), json,").contains("or html (one self-contained page")
                .contains("--format html");
    }

    @Test
    void allPathsArePassedAsGivenInOrder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder with spaces"));

        brief(CLEAN, "brief", folder.toString(), article.toString());

        assertThat(calls).containsExactly(List.of(folder, article));
    }

    @Test
    void relativePathIsResolvedAgainstTheWorkingDirectory() {
        CommandRun run = brief(CLEAN, "brief", "pom.xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(calls).containsExactly(List.of(Path.of("pom.xml")));
    }

    @Test
    void problemsGoToStderrOneLineEachAndExitTwo() {
        CommandRun run = brief(WITH_PROBLEMS, "brief", article.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        assertThat(run.errLines()).containsExactly(
                "storyline: in/bad.html: ingest: not valid UTF-8 at byte 12",
                "storyline: in/empty.txt: clean: no text left after cleaning");
    }

    @Test
    void outputIsStillWrittenWhenSomeInputsFailed() {
        CommandRun run = brief(WITH_PROBLEMS, "brief", article.toString());

        assertThat(run.out()).startsWith(Format.MARKDOWN.renderer().render(WITH_PROBLEMS));
    }

    @Test
    void outputOptionWritesTheFileInUtf8AndNothingToStdout() throws IOException {
        Path file = dir.resolve("brief.json");

        CommandRun run = brief(CLEAN, "brief", article.toString(), "-f", "json", "--output", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Format.JSON.renderer().render(CLEAN));
    }

    @Test
    void badFormatIsAUsageErrorNamingTheValue() {
        CommandRun run = brief(CLEAN, "brief", article.toString(), "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines().get(0)).startsWith("storyline: ").contains("--format").contains("xml");
        assertThat(run.err()).contains("Try 'storyline brief --help'");
        assertThat(calls).isEmpty();
    }

    @Test
    void missingPathIsPassedOnSoTheRunReportsItWithTheOthers() {
        CommandRun run = brief(CLEAN, "brief", article.toString(), dir.resolve("nope.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).contains(dir.resolve("nope.txt"));
    }

    @Test
    void noPathIsAUsageError() {
        CommandRun run = brief(CLEAN, "brief");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("PATH");
    }

    @Test
    void outputIntoMissingDirectoryFailsBeforeBriefing() {
        Path file = dir.resolve("no-such-dir").resolve("brief.md");

        CommandRun run = brief(CLEAN, "brief", article.toString(), "--output", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines().get(0)).contains(file.toString()).contains("no directory");
        assertThat(calls).isEmpty();
    }

    @Test
    void helpDescribesTheCommandItsParametersAndExitCodes() {
        CommandRun run = brief(CLEAN, "brief", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Usage: storyline brief", "PATH...", "--format=FORMAT", "markdown", "json",
                        "--output=FILE", "Writes a brief per story", "Exit codes:", "64", "some inputs failed");
        assertThat(calls).isEmpty();
    }
}
