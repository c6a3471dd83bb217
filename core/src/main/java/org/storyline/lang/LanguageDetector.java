package org.storyline.lang;

import java.util.Optional;

/**
 * Tells which natural language a text is written in. Implementations load their model once and are
 * safe to share between threads.
 */
public interface LanguageDetector {

    /**
     * The language of {@code text}.
     *
     * @param text any text, possibly empty; never {@code null}
     * @return the ISO 639-1 code ({@code en}, {@code de}, {@code nb}, {@code uk}, ...), or empty when the
     *         text is too short, has no letters, or the detector is not sure
     */
    Optional<String> detect(String text);
}
