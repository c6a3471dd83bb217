package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinaryContentTest {

    @Test
    void nulByteMeansBinary() {
        assertThatThrownBy(() -> BinaryContent.refuse(new byte[] {'G', 'I', 'F', 0, 1}))
                .isInstanceOf(IngestException.class).hasMessage("binary content, not text (NUL byte at byte 3)");
    }

    @Test
    void textAndUtf16WithByteOrderMarkAreNotBinary() {
        assertThatCode(() -> BinaryContent.refuse("caf\u00e9".getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
        assertThatCode(() -> BinaryContent.refuse("<p>x</p>".getBytes(StandardCharsets.UTF_16))).doesNotThrowAnyException();
        assertThatCode(() -> BinaryContent.refuse(new byte[0])).doesNotThrowAnyException();
    }
}
