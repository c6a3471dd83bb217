package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFilesTest {

    @Test
    void keyIsTheNameWithoutThePageExtension() {
        assertThat(PageFiles.key(Path.of("a/b/story.html.gz"))).contains("story");
        assertThat(PageFiles.key(Path.of("Story.HTM"))).contains("Story");
        assertThat(PageFiles.key(Path.of("x.v2.html"))).contains("x.v2");
        assertThat(PageFiles.key(Path.of("notes.txt"))).isEmpty();
    }

    @Test
    void directoryGivesItsPagesSortedWithoutHiddenOnes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve(".cache/old.html"), "x");
        Files.writeString(dir.resolve("b.html"), "x");
        Files.writeString(dir.resolve("a.htm"), "x");
        assertThat(PageFiles.expand(dir)).containsExactly(dir.resolve("a.htm"), dir.resolve("b.html"));
    }

    @Test
    void fileOfAnotherTypeIsRejectedWithTheReason(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "x");
        assertThatThrownBy(() -> PageFiles.expand(text)).hasMessageContaining("unsupported file type");
    }
}
