package org.storyline.quote;

/** Which quotation marks open a quote, and which mark closes it. */
final class QuoteMarks {

    private QuoteMarks() {
    }

    /** The closing mark for opening mark {@code c}, or 0 when {@code c} opens no quote. */
    static char closerFor(char c) {
        switch (c) {
            case '“':
                return '”';
            case '"':
                return '"';
            case '«':
                return '»';
            case '„':
                return '“';
            case '‘':
                return '’';
            default:
                return 0;
        }
    }

    /** Whether {@code c} is any quotation mark. */
    static boolean isMark(char c) {
        return "“”\"«»„‘’'".indexOf(c) >= 0;
    }
}
