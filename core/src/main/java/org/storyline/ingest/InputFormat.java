package org.storyline.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The input formats the ingester reads, chosen by file name extension; a further {@code .gz} means the
 * file is gzipped ({@code page.html.gz}, {@code crawl.warc.gz}).
 */
enum InputFormat {
    /** Plain text, one paragraph per non-blank line. */
    TEXT,
    /** An HTML page. */
    HTML,
    /** JSON Lines, one article object per line. */
    JSONL,
    /** An RSS or Atom feed, one article per item or entry. */
    FEED,
    /** A WARC web archive, one article per HTML response record. */
    WARC;

    /** The extensions supported, for messages. */
    static final String EXTENSIONS = ".txt, .html, .htm, .jsonl, .rss, .atom, .xml, .warc (each optionally .gz)";

    private static final String GZIP = ".gz";

    /** The format for {@code file}'s extension, or empty when the extension is not supported. */
    static Optional<InputFormat> of(Path file) {
        String name = withoutGzip(fileName(file)).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt" -> Optional.of(TEXT);
            case "html", "htm" -> Optional.of(HTML);
            case "jsonl" -> Optional.of(JSONL);
            case "rss", "atom", "xml" -> Optional.of(FEED);
            case "warc" -> Optional.of(WARC);
            default -> Optional.empty();
        };
    }

    /** Whether {@code file}'s name ends in {@code .gz}. */
    static boolean isGzipped(Path file) {
        return fileName(file).toLowerCase(Locale.ROOT).endsWith(GZIP);
    }

    /**
     * The format of standard input, guessed from its first non-blank character (after a UTF-8 byte
     * order mark): <code>{</code> for JSON Lines, {@code <} for HTML, anything else for plain text.
     */
    static InputFormat guess(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i == bytes.length) {
            return TEXT;
        }
        return bytes[i] == '{' ? JSONL : bytes[i] == '<' ? HTML : TEXT;
    }

    /**
     * The file name without its extension (and without {@code .gz} before that): the article id of a
     * single-article file, the prefix of the ids of a feed or archive.
     */
    static String baseName(Path file) {
        String name = withoutGzip(fileName(file));
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String withoutGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(GZIP) ? name.substring(0, name.length() - GZIP.length()) : name;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }
}
