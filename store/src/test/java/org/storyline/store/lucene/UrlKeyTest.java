package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlKeyTest {

    @Test
    void schemeCaseHostCaseFragmentAndTrailingSlashDoNotMatter() {
        assertThat(UrlKey.of(" https://Example.ORG/News/a/#top ")).isEqualTo(UrlKey.of("http://example.org/News/a"));
    }

    @Test
    void pathCaseMatters() {
        assertThat(UrlKey.of("https://example.org/News")).isNotEqualTo(UrlKey.of("https://example.org/news"));
    }

    @Test
    void noAddressHasNoKey() {
        assertThat(UrlKey.of(null)).isNull();
        assertThat(UrlKey.of("  ")).isNull();
    }
}
