package org.storyline.codec;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.storyline.model.OffsetMap;

/** Writes values in the codec's binary form: variable-length integers, nullable strings, offset maps. */
final class Encoder {

    /** String kinds. */
    static final int NULL = 0;
    static final int UTF8 = 1;
    static final int UTF16 = 2;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    private final DataOutputStream out = new DataOutputStream(bytes);

    /** A non-negative or small signed integer, zig-zag variable-length. */
    void integer(int value) {
        int v = (value << 1) ^ (value >> 31);
        try {
            while ((v & ~0x7F) != 0) {
                out.writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.writeByte(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A string that may be {@code null}: UTF-8 when that keeps it exactly, else its UTF-16 code units (a lone
     * surrogate has no UTF-8 form, and offsets into the text must not move).
     */
    void string(String value) {
        try {
            if (value == null) {
                integer(NULL);
            } else if (wellFormed(value)) {
                integer(UTF8);
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                integer(utf8.length);
                out.write(utf8);
            } else {
                integer(UTF16);
                integer(value.length());
                out.writeChars(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** An offset map, each range stored as its distance from the previous one (mostly 0 and 1). */
    void offsets(OffsetMap map) {
        integer(map.length());
        int previousEnd = 0;
        for (int i = 0; i < map.length(); i++) {
            integer(map.start(i) - previousEnd);
            integer(map.end(i) - map.start(i));
            previousEnd = map.end(i);
        }
    }

    /** Everything written so far. */
    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
