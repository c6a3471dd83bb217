package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8DecoderTest {

    @Test
    void decodesUtf8() throws IngestException {
        assertThat(Utf8Decoder.decode("Selenskyj – “victory plan” €".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Selenskyj – “victory plan” €");
    }

    @Test
    void keepsByteOrderMarkAsCharacter() throws IngestException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};

        assertThat(Utf8Decoder.decode(bytes)).isEqualTo("\uFEFFhi");
    }

    @Test
    void malformedByteIsReportedWithItsOffset() {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xE9, 'd'};

        assertThatThrownBy(() -> Utf8Decoder.decode(bytes))
                .isInstanceOf(IngestException.class).hasMessage("not valid UTF-8 at byte 3");
    }

    @Test
    void truncatedSequenceAtEndIsReported() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x80};

        assertThatThrownBy(() -> Utf8Decoder.decode(bytes)).hasMessage("not valid UTF-8 at byte 1");
    }

    @Test
    void emptyInputDecodesToEmptyText() throws IngestException {
        assertThat(Utf8Decoder.decode(new byte[0])).isEmpty();
    }
}
