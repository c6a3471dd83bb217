package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.storyline.model.Problem;

class StderrLinesTest {

    @Test
    void problemIsPathStageReason() {
        assertThat(StderrLines.problem(new Problem("a b/c.txt", "ingest", "empty file")))
                .isEqualTo("storyline: a b/c.txt: ingest: empty file");
    }

    @Test
    void multiLineReasonBecomesOneLine() {
        assertThat(StderrLines.problem(new Problem("x.txt", "clean", "first\r\n  second\nthird\n")))
                .isEqualTo("storyline: x.txt: clean: first second third");
    }

    @Test
    void errorNamesItsTypeAfterTheMessage() {
        assertThat(StderrLines.error(new IllegalArgumentException("bad\nthing")))
                .isEqualTo("storyline: bad thing (IllegalArgumentException)");
    }

    @Test
    void errorWithoutMessageIsItsType() {
        assertThat(StderrLines.error(new NullPointerException())).isEqualTo("storyline: NullPointerException");
    }

    @Test
    void ioErrorIsJustItsMessage() {
        assertThat(StderrLines.error(new UncheckedIOException("cannot write out.md: disk full", new IOException())))
                .isEqualTo("storyline: cannot write out.md: disk full");
    }

    @Test
    void usageIsPrefixedMessage() {
        assertThat(StderrLines.usage("Unknown option: '--x'")).isEqualTo("storyline: Unknown option: '--x'");
    }
}
