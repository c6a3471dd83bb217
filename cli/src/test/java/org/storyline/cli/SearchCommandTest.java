package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchCommandTest {

    @Test
    void speakerSearchFindsTheirQuotes() {
        CommandRun run = TestStore.onStore("search", "speaker:\"Mark Rutte\"", "--limit", "3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().filter(l -> !l.startsWith(" ")).toList()).hasSize(4)
                .allMatch(l -> l.startsWith("quote ") || l.endsWith(" hits"));
    }

    @Test
    void jsonPrintsTotalAndHits() {
        CommandRun run = TestStore.onStore("search", "outlet:EFE", "--json");

        assertThat(run.out()).contains("\"total\" :").contains("\"kind\" : \"article\"").contains("\"snippet\"");
    }

    @Test
    void badQueryIsAUsageErrorThatSaysWhy() {
        CommandRun run = TestStore.onStore("search", "published:[last TO week]");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines().get(0)).contains("bad query").contains("'last' is not a date");
    }
}
