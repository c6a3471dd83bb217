package org.storyline.codec;

import java.nio.charset.StandardCharsets;
import org.storyline.model.OffsetMap;

/** Reads what {@link Encoder} wrote, in the same order. */
final class Decoder {

    private final byte[] bytes;
    private int at;

    Decoder(byte[] bytes) {
        this.bytes = bytes;
    }

    int integer() {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            if (at >= bytes.length) {
                throw new IllegalArgumentException("encoded value truncated at byte " + at);
            }
            byte b = bytes[at++];
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        return (v >>> 1) ^ -(v & 1);
    }

    String string() {
        int kind = integer();
        if (kind == Encoder.NULL) {
            return null;
        }
        int length = integer();
        if (kind == Encoder.UTF8) {
            String s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF));
            at += 2;
        }
        return new String(chars);
    }

    OffsetMap offsets() {
        int n = integer();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = previousEnd + integer();
            ends[i] = starts[i] + integer();
            previousEnd = ends[i];
        }
        return OffsetMap.of(starts, ends);
    }
}
