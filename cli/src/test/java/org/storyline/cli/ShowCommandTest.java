package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShowCommandTest {

    private static String storyId() {
        return TestStore.onStore("stories").out().substring(0, "story-".length() + 12);
    }

    @Test
    void printsTheStoredMarkdownBriefByDefault() {
        CommandRun run = TestStore.onStore("show", storyId());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("# ").contains("NATO");
    }

    @Test
    void formatJsonAndHtmlPrintTheOtherRenderings() {
        assertThat(TestStore.onStore("show", storyId(), "--format", "json").out()).startsWith("{")
                .contains("\"stories\"").contains(storyId());
        assertThat(TestStore.onStore("show", storyId(), "-f", "html").out()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void unknownStoryExitsTwoNamingIt() {
        CommandRun run = TestStore.onStore("show", "story-000000000000");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        assertThat(run.err()).startsWith("storyline: no story story-000000000000 in the store at ");
    }
}
