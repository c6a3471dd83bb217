package org.storyline.store.lucene;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash by which a copy of a stored article is recognised: SHA-256 of its clean text, blanks normalised. */
final class ContentHash {

    private ContentHash() {
    }

    /** The hash of {@code cleanText}: every run of white space counts as one space, ends stripped. */
    static String of(String cleanText) {
        return sha256(cleanText.strip().replaceAll("\\s+", " "));
    }

    /** The hex SHA-256 of {@code text}'s UTF-8 bytes. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
