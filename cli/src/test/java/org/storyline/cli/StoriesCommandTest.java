package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCommandTest {

    @Test
    void listsOneLinePerStoryWithIdArticlesOutletsAndHeadline() {
        CommandRun run = TestStore.onStore("stories");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).singleElement().asString()
                .matches("story-[0-9a-f]{12} .*  5 articles  .*EFE.*  .+");
    }

    @Test
    void jsonPrintsThePageWithItsTotal() {
        CommandRun run = TestStore.onStore("stories", "--json");

        assertThat(run.out()).contains("\"total\" : 1").contains("\"headline\"").contains("\"outlets\"");
    }

    @Test
    void entityAndOutletFilterTheStories() {
        assertThat(TestStore.onStore("stories", "--entity", "NATO").out().lines()).hasSize(1);
        assertThat(TestStore.onStore("stories", "--entity", "Atlantis").out()).isEmpty();
        assertThat(TestStore.onStore("stories", "--outlet", "efe").out().lines()).hasSize(1);
        assertThat(TestStore.onStore("stories", "--outlet", "Le Monde").out()).isEmpty();
    }

    @Test
    void limitZeroListsNothing() {
        assertThat(TestStore.onStore("stories", "--limit", "0").out()).isEmpty();
    }

    @Test
    void missingStoreIsAUsageErrorThatSaysHowToCreateOne(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");

        CommandRun run = TestStore.run("stories", "--store", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines().get(0)).isEqualTo("storyline: no store at " + missing
                + ": add articles first with 'storyline ingest PATH --store " + missing + "'");
    }
}
