package org.storyline.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a web page to text, choosing the character set as browsers do: a byte order
 * mark first, then the charset the transport declared (the HTTP {@code Content-Type} of a WARC record),
 * then {@code <meta charset>} or {@code http-equiv} in the first bytes of the page, then UTF-8 when the
 * bytes are valid UTF-8, then detection with ICU4J. {@code ISO-8859-1} and {@code US-ASCII} are read as
 * windows-1252, as the HTML standard says. Undecodable bytes become U+FFFD: a page is never rejected for
 * a stray byte. A byte order mark stays in the text as U+FEFF, so offsets index the text as decoded.
 */
public final class PageDecoder {

    /** How a page was decoded. */
    public record Decoded(String text, Charset charset, String evidence) {
    }

    private static final int META_SCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param bytes    the page as transferred (already decompressed)
     * @param declared the charset the transport declared, or {@code null}
     */
    public static Decoded decode(byte[] bytes, String declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(bytes, StandardCharsets.UTF_16), StandardCharsets.UTF_16, "bom");
        }
        Charset fromTransport = charset(declared);
        if (fromTransport != null) {
            return new Decoded(lenient(bytes, fromTransport), fromTransport, "declared");
        }
        Charset fromMeta = charset(metaCharset(bytes));
        if (fromMeta != null) {
            return new Decoded(lenient(bytes, fromMeta), fromMeta, "meta");
        }
        if (isUtf8(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "valid-utf8");
        }
        Charset detected = detect(bytes);
        return new Decoded(lenient(bytes, detected), detected, "detected");
    }

    /** The charset named in the page's first bytes by {@code <meta charset>} or {@code http-equiv}, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The Java charset for a label, with the HTML standard's substitutions; null when unknown. */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (name.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        Charset found = match == null ? null : charset(match.getName());
        return found == null ? WINDOWS_1252 : found;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String lenient(byte[] bytes, Charset charset) {
        return new String(bytes, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
