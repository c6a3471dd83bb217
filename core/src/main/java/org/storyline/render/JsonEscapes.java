package org.storyline.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The standard JSON escapes, plus {@code \\uXXXX} escapes for every UTF-16 surrogate and for the
 * line and paragraph separators U+2028 and U+2029. Escaping surrogates keeps the output valid UTF-8
 * even when a text holds an unpaired surrogate, and a JSON parser still restores the exact Java
 * string; the separators are escaped because JavaScript source does not allow them raw in strings.
 * Every other character, ASCII or not, is written as itself.
 */
final class JsonEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (Character.isSurrogate((char) ch) || ch == 0x2028 || ch == 0x2029) {
            return new SerializedString(String.format("\\u%04X", ch));
        }
        return null;
    }
}
