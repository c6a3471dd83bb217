package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Report;

class StorylineCommandTest {

    private static final Briefer UNUSED = inputs -> {
        throw new AssertionError("the pipeline must not run");
    };

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CommandRun run = CommandRun.execute(UNUSED, "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: storyline", "news story engine", "brief", "Exit codes:",
                "unexpected error", "usage error");
    }

    @Test
    void helpCommandShowsTheHelpOfASubcommand() {
        CommandRun run = CommandRun.execute(UNUSED, "help", "brief");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: storyline brief");
    }

    @Test
    void versionNamesStoryline() {
        CommandRun run = CommandRun.execute(UNUSED, "--version");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("storyline ").doesNotContain("${");
    }

    @Test
    void noCommandIsAUsageError() {
        CommandRun run = CommandRun.execute(UNUSED);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines().get(0)).startsWith("storyline: Missing command");
    }

    @Test
    void commandLineRunsTheGivenBriefer() {
        CommandRun run = CommandRun.execute(inputs -> new Report(List.of(), List.of()), "brief", "pom.xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void utf8WriterEncodesAsUtf8WhateverThePlatformDefault() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter writer = StorylineCommand.utf8(bytes);

        writer.print("Zürich – “Kyiv” ✓");
        writer.flush();

        assertThat(bytes.toByteArray()).isEqualTo("Zürich – “Kyiv” ✓".getBytes(StandardCharsets.UTF_8));
    }
}
