package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionProviderTest {

    @Test
    void versionIsTheFilteredProjectVersion() {
        assertThat(VersionProvider.version()).isNotBlank().doesNotContain("${").isNotEqualTo("unknown");
    }

    @Test
    void versionLinesNameStorylineAndJava() {
        assertThat(new VersionProvider().getVersion())
                .hasSize(2)
                .satisfies(lines -> assertThat(lines[0]).startsWith("storyline "))
                .satisfies(lines -> assertThat(lines[1]).startsWith("Java "));
    }
}
