package org.storyline.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetScoreTest {

    @Test
    void snippetsFoundAndLeakedArePooledOverPages() {
        Map<String, SnippetGold> gold = Map.of(
                "a", new SnippetGold(List.of("the bridge opens", "in spring"), List.of("Share this")),
                "b", new SnippetGold(List.of("river rose"), List.of("Read more")));
        SnippetScore s = SnippetScore.of(Map.of("a", "The town said the bridge opens\nin spring. Share this"), gold);
        // a: 2 found, 1 leaked; b: no output, so 1 missed and 1 absent
        assertThat(s).isEqualTo(new SnippetScore(2, 1, 1, 1));
        assertThat(s.precision()).isEqualTo(2 / 3.0, within(1e-12));
        assertThat(s.recall()).isEqualTo(2 / 3.0, within(1e-12));
        assertThat(s.f1()).isEqualTo(4 / 6.0, within(1e-12));
        assertThat(s.accuracy()).isEqualTo(3 / 5.0, within(1e-12));
    }

    @Test
    void whitespaceIsNormalisedOnBothSidesIncludingNoBreakSpaces() {
        Map<String, SnippetGold> gold = Map.of("a", new SnippetGold(List.of("new  bridge\nopens"), List.of()));
        assertThat(SnippetScore.of(Map.of("a", "the new\u00A0bridge   opens"), gold).tp()).isEqualTo(1);
    }

    @Test
    void goldIsReadFromTheBenchmarkFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gold.json");
        Files.writeString(file, "{\"k\": {\"with\": [\"x\"], \"without\": [\"y\", \"z\"], \"url\": \"u\"}}");
        assertThat(SnippetGold.read(file)).containsEntry("k", new SnippetGold(List.of("x"), List.of("y", "z")));
    }
}
