package org.storyline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds WARC files in memory for tests: records written by hand, optionally one gzip member each. */
final class WarcBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean gzipped;
    private int records;

    WarcBytes(boolean gzipped) {
        this.gzipped = gzipped;
    }

    /** An HTTP 200 response record with the given content type header and body. */
    WarcBytes response(String uri, String contentType, byte[] body) {
        return httpResponse(uri, "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n", body);
    }

    /** A response record whose HTTP block is {@code httpHead} (status line and headers) then {@code body}. */
    WarcBytes httpResponse(String uri, String httpHead, byte[] body) {
        byte[] block = concat((httpHead + "\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
        return record("response", uri, "application/http; msgtype=response", block);
    }

    /** A record of any type with the given block. */
    WarcBytes record(String type, String uri, String contentType, byte[] block) {
        byte[] record = concat(concat(header(type, uri, contentType, block.length), block), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        write(record);
        return this;
    }

    /** The bytes of a record header declaring {@code length} bytes of block. */
    byte[] header(String type, String uri, String contentType, long length) {
        records++;
        String header = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", records) + ">\r\n"
                + "WARC-Date: 2024-10-03T12:00:0" + (records % 10) + "Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
        return header.getBytes(StandardCharsets.UTF_8);
    }

    /** Appends raw bytes as they are (as one gzip member when gzipped). */
    WarcBytes write(byte[] bytes) {
        try {
            if (gzipped) {
                out.write(gzip(bytes));
            } else {
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(buffer)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
