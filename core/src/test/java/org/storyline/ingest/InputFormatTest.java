package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputFormatTest {

    @Test
    void formatFollowsExtensionIgnoringCase() {
        assertThat(InputFormat.of(Path.of("a/b.txt"))).contains(InputFormat.TEXT);
        assertThat(InputFormat.of(Path.of("b.HTML"))).contains(InputFormat.HTML);
        assertThat(InputFormat.of(Path.of("b.htm"))).contains(InputFormat.HTML);
        assertThat(InputFormat.of(Path.of("feed.jsonl"))).contains(InputFormat.JSONL);
    }

    @Test
    void otherExtensionsAreNotSupported() {
        assertThat(InputFormat.of(Path.of("notes.md"))).isEmpty();
        assertThat(InputFormat.of(Path.of("README"))).isEmpty();
        assertThat(InputFormat.of(Path.of("txt"))).isEmpty();
    }

    @Test
    void baseNameDropsOnlyTheLastExtension() {
        assertThat(InputFormat.baseName(Path.of("x/000_727dab1cf6a8d737.txt"))).isEqualTo("000_727dab1cf6a8d737");
        assertThat(InputFormat.baseName(Path.of("page.v2.html"))).isEqualTo("page.v2");
    }
}
