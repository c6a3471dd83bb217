package org.storyline.ingest;

/**
 * Tells binary data from text before it is decoded, as version control tools do: text has no NUL
 * byte in its first kilobytes. Text in UTF-16 (which has NUL bytes) is recognised by its byte order
 * mark. Without this check an image saved as {@code .html} would decode to junk "paragraphs".
 */
final class BinaryContent {

    private static final int SCAN = 8000;

    private BinaryContent() {
    }

    /**
     * Refuses {@code bytes} that look binary.
     *
     * @throws IngestException {@code binary content, not text (NUL byte at byte N)}
     */
    static void refuse(byte[] bytes) throws IngestException {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return;
        }
        int end = Math.min(bytes.length, SCAN);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                throw new IngestException("binary content, not text (NUL byte at byte " + i + ")");
            }
        }
    }
}
