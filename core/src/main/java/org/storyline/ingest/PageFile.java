package org.storyline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one saved web page ({@code .html}, {@code .htm}, optionally gzipped) with the ingester's limits:
 * at most 64 MiB decompressed, no binary content, at most 8 Mi characters decoded, and the character set
 * chosen by {@link PageDecoder}. For callers that need the page's text rather than an {@code Article}
 * (the {@code extract} command, benchmarks).
 */
public final class PageFile {

    private PageFile() {
    }

    /**
     * The decoded text of the page in {@code file}.
     *
     * @throws UnreadablePage with the reason, such as {@code decompressed size exceeds 64 MiB}
     */
    public static String read(Path file) throws UnreadablePage {
        boolean gzipped = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try {
            byte[] bytes = BoundedInput.readFile(file, gzipped);
            BinaryContent.refuse(bytes);
            String text = PageDecoder.decode(bytes, null).text();
            HtmlGuard.checkSize(text);
            return text;
        } catch (IOException e) {
            throw new UnreadablePage(IngestException.describe(e));
        } catch (IngestException e) {
            throw new UnreadablePage(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UnreadablePage(IngestException.describe(e.getCause()));
        }
    }

    /** A page that cannot be read; the message says why. */
    public static final class UnreadablePage extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadablePage(String reason) {
            super(reason);
        }
    }
}
