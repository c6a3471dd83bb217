package org.storyline.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats the ingester reads, chosen by file name extension. */
enum InputFormat {
    /** Plain text, one paragraph per non-blank line. */
    TEXT,
    /** An HTML page. */
    HTML,
    /** JSON Lines, one article object per line. */
    JSONL;

    /** The format for {@code file}'s extension, or empty when the extension is not supported. */
    static Optional<InputFormat> of(Path file) {
        String name = fileName(file).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt" -> Optional.of(TEXT);
            case "html", "htm" -> Optional.of(HTML);
            case "jsonl" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }

    /** The file name without its extension: the article id of a single-article file. */
    static String baseName(Path file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }
}
