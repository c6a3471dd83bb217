package org.storyline.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the bytes of one input (a file, standard input or an archive record) with a size limit, and
 * gunzips it when asked, so that no input, however large or however well compressed, can exhaust the
 * heap: past {@link #MAX_BYTES} the input is refused with a reason instead of read.
 */
final class BoundedInput {

    /** The most bytes one input may have once decompressed: 64 MiB. */
    static final int MAX_BYTES = 64 << 20;

    /** The limit as people say it, for messages. */
    static final String MAX_TEXT = (MAX_BYTES >> 20) + " MiB";

    private static final byte[] GZIP_MAGIC = {(byte) 0x1F, (byte) 0x8B};
    private static final int CHUNK = 64 << 10;

    private BoundedInput() {
    }

    /**
     * The content of {@code file}, gunzipped when {@code gzipped}.
     *
     * @throws IOException     when the file cannot be read
     * @throws IngestException when the content is too large or the gzip stream is bad or truncated
     */
    static byte[] readFile(Path file, boolean gzipped) throws IOException, IngestException {
        if (!gzipped && Files.size(file) > MAX_BYTES) {
            throw new IngestException("file size exceeds " + MAX_TEXT);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return gzipped ? gunzip(in) : read(in, "size");
        }
    }

    /** All of {@code in}, gunzipped when it starts with the gzip magic bytes (as a piped {@code .gz} does). */
    static byte[] readSniffingGzip(InputStream in) throws IOException, IngestException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(GZIP_MAGIC.length);
        byte[] head = buffered.readNBytes(GZIP_MAGIC.length);
        buffered.reset();
        boolean gzipped = head.length == 2 && head[0] == GZIP_MAGIC[0] && head[1] == GZIP_MAGIC[1];
        return gzipped ? gunzip(buffered) : read(buffered, "size");
    }

    /**
     * All of {@code in}, which yields decompressed bytes, up to the limit.
     *
     * @throws IngestException {@code decompressed size exceeds 64 MiB} past the limit
     */
    static byte[] readDecompressed(InputStream in) throws IOException, IngestException {
        return read(in, "decompressed size");
    }

    private static byte[] gunzip(InputStream in) throws IOException, IngestException {
        try {
            return read(new GZIPInputStream(in, CHUNK), "decompressed size");
        } catch (EOFException e) {
            throw new IngestException("truncated gzip (unexpected end of compressed data)");
        } catch (ZipException e) {
            throw new IngestException("not valid gzip (" + e.getMessage() + ")");
        }
    }

    private static byte[] read(InputStream in, String what) throws IOException, IngestException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            if (out.size() + (long) n > MAX_BYTES) {
                throw new IngestException(what + " exceeds " + MAX_TEXT);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }
}
