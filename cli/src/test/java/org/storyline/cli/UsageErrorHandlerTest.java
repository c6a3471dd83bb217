package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageErrorHandlerTest {

    private static final Briefer UNUSED = inputs -> {
        throw new AssertionError("the pipeline must not run");
    };

    @Test
    void unknownCommandIsAUsageErrorNamingIt() {
        CommandRun run = CommandRun.execute(UNUSED, "brif", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("brif").contains("brief");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandRun run = CommandRun.execute(UNUSED, "--colour");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--colour");
    }

    @Test
    void mistypedOptionGetsASuggestionAndAPointerToHelp() {
        CommandRun run = CommandRun.execute(UNUSED, "brief", "pom.xml", "--formt", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines().get(0)).startsWith("storyline: ").contains("--formt");
        assertThat(run.err()).contains("--format").contains("Try 'storyline brief --help' for more information.");
        assertThat(run.out()).isEmpty();
    }
}
