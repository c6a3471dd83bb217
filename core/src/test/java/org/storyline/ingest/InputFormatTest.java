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
    void feedsArchivesAndGzippedFilesHaveTheirFormat() {
        assertThat(InputFormat.of(Path.of("news.rss"))).contains(InputFormat.FEED);
        assertThat(InputFormat.of(Path.of("news.atom"))).contains(InputFormat.FEED);
        assertThat(InputFormat.of(Path.of("news.xml"))).contains(InputFormat.FEED);
        assertThat(InputFormat.of(Path.of("crawl.warc"))).contains(InputFormat.WARC);
        assertThat(InputFormat.of(Path.of("crawl.warc.gz"))).contains(InputFormat.WARC);
        assertThat(InputFormat.of(Path.of("page.HTM.GZ"))).contains(InputFormat.HTML);
        assertThat(InputFormat.of(Path.of("lines.jsonl.gz"))).contains(InputFormat.JSONL);
        assertThat(InputFormat.isGzipped(Path.of("page.html.gz"))).isTrue();
        assertThat(InputFormat.isGzipped(Path.of("page.html"))).isFalse();
    }

    @Test
    void gzippedNamesLoseBothExtensionsInTheBaseName() {
        assertThat(InputFormat.baseName(Path.of("x/page.html.gz"))).isEqualTo("page");
        assertThat(InputFormat.baseName(Path.of("CC-NEWS-1.warc.gz"))).isEqualTo("CC-NEWS-1");
    }

    @Test
    void standardInputFormatIsGuessedFromTheFirstNonBlankCharacter() {
        assertThat(InputFormat.guess(bytes("\n  {\"id\":1}"))).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.guess(bytes("\uFEFF<!doctype html>"))).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.guess(bytes("Plain words."))).isEqualTo(InputFormat.TEXT);
        assertThat(InputFormat.guess(bytes(" \n"))).isEqualTo(InputFormat.TEXT);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void otherExtensionsAreNotSupported() {
        assertThat(InputFormat.of(Path.of("notes.md"))).isEmpty();
        assertThat(InputFormat.of(Path.of("README"))).isEmpty();
        assertThat(InputFormat.of(Path.of("txt"))).isEmpty();
        assertThat(InputFormat.of(Path.of("archive.tar.gz"))).isEmpty();
        assertThat(InputFormat.of(Path.of("x.gz"))).isEmpty();
    }

    @Test
    void baseNameDropsOnlyTheLastExtension() {
        assertThat(InputFormat.baseName(Path.of("x/000_727dab1cf6a8d737.txt"))).isEqualTo("000_727dab1cf6a8d737");
        assertThat(InputFormat.baseName(Path.of("page.v2.html"))).isEqualTo("page.v2");
    }
}
