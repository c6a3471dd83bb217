package org.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding: malformed or unmappable input is reported with its byte offset instead of
 * being replaced. A byte order mark is kept as the character U+FEFF, so that offsets index the text
 * exactly as read.
 */
final class Utf8Decoder {

    /** The byte order mark as a character. */
    static final char BOM = '\uFEFF';

    private Utf8Decoder() {
    }

    /**
     * Decodes {@code bytes} as UTF-8.
     *
     * @throws IngestException with a reason such as {@code not valid UTF-8 at byte 1234}
     */
    static String decode(byte[] bytes) throws IngestException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never needs more chars than bytes, so the output cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        check(decoder.decode(in, out, true), in);
        check(decoder.flush(out), in);
        out.flip();
        return out.toString();
    }

    private static void check(CoderResult result, ByteBuffer in) throws IngestException {
        if (result.isError()) {
            throw new IngestException("not valid UTF-8 at byte " + in.position());
        }
    }
}
