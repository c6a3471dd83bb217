package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnexpectedErrorHandlerTest {

    @Test
    void unexpectedErrorIsOneLineAndExitOne() {
        CommandRun run = CommandRun.execute(inputs -> {
            throw new IllegalStateException("model file missing: ner.ser.gz");
        }, "brief", "pom.xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines()).containsExactly(
                "storyline: model file missing: ner.ser.gz (IllegalStateException)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void verboseAddsTheStackTrace() {
        CommandRun run = CommandRun.execute(inputs -> {
            throw new IllegalStateException("boom");
        }, "brief", "pom.xml", "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines().get(0)).isEqualTo("storyline: boom (IllegalStateException)");
        assertThat(run.err()).contains("java.lang.IllegalStateException: boom").contains("\tat ");
    }

    @Test
    void verboseBeforeTheCommandAlsoPrintsTheStackTrace() {
        CommandRun run = CommandRun.execute(inputs -> {
            throw new UnsupportedOperationException("not wired");
        }, "--verbose", "brief", "pom.xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("java.lang.UnsupportedOperationException: not wired");
    }
}
