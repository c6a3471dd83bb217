package org.storyline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The web page files of {@code storyline extract}: {@code .html}, {@code .htm} and {@code .html.gz}, found
 * under directories recursively (hidden entries skipped) or named directly; {@link
 * org.storyline.ingest.PageFile} reads them.
 */
final class PageFiles {

    private static final List<String> EXTENSIONS = List.of(".html.gz", ".html", ".htm");

    private PageFiles() {
    }

    /** The page key of {@code file}: its name without the page extension, or empty if it is not a page file. */
    static Optional<String> key(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().filter(lower::endsWith).findFirst()
                .map(ext -> name.substring(0, name.length() - ext.length()));
    }

    /**
     * The page files under {@code path}: the file itself, or the page files of a directory tree sorted by path.
     *
     * @throws IOException when the path does not exist, is not a page file, or a directory cannot be walked
     */
    static List<Path> expand(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> tree = Files.walk(path)) {
                return new ArrayList<>(tree.filter(f -> !hidden(path.relativize(f)))
                        .filter(Files::isRegularFile).filter(f -> key(f).isPresent()).sorted().toList());
            }
        }
        if (!Files.exists(path)) {
            throw new IOException("no such file or directory");
        }
        if (key(path).isEmpty()) {
            throw new IOException("unsupported file type (expected .html, .htm or .html.gz)");
        }
        return List.of(path);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
