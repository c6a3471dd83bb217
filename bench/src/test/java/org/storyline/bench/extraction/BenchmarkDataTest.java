package org.storyline.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkDataTest {

    @Test
    void peerFilesAreReadInBothShapes(@TempDir Path dir) throws Exception {
        Path wrapped = Files.writeString(dir.resolve("a.json"),
                "{\"version\": \"1\", \"output\": {\"k1\": {\"articleBody\": \"text one\"}, \"k2\": {}}}");
        Path bare = Files.writeString(dir.resolve("b.json"), "{\"k1\": {\"articleBody\": \"text two\"}}");
        assertThat(BenchmarkData.outputs(wrapped)).containsEntry("k1", "text one").containsEntry("k2", "");
        assertThat(BenchmarkData.outputs(bare)).containsEntry("k1", "text two");
    }
}
