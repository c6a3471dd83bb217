package org.storyline.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Language detection with Apache OpenNLP's character n-gram model {@code langdetect-183.bin} (103
 * languages), read from the class path where the Maven artifact {@code opennlp-models-langdetect}
 * puts it. The model is loaded once, on first use of {@link #shared()}, and the detector is
 * thread-safe.
 *
 * <p>A text gets no language when it has fewer than {@value #MIN_LETTERS} letters, or when the best
 * language is less than {@value #MIN_RATIO} times as probable as the second (measured on news
 * sentences: this keeps every right answer on whole sentences and drops every wrong one on
 * five-word snippets). Only the first {@value #MAX_CHARS} characters are read, so the cost per
 * article is bounded.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {

    /** Class-path resource of the model inside the {@code opennlp-models-langdetect} jar. */
    static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Texts with fewer letters than this get no language. */
    static final int MIN_LETTERS = 12;
    /** How many times more probable than the runner-up the best language must be. */
    static final double MIN_RATIO = 1.2;
    /** Characters read from the start of a text. */
    static final int MAX_CHARS = 3000;

    private final ThreadSafeLanguageDetectorME detector;

    private OpenNlpLanguageDetector(LanguageDetectorModel model) {
        this.detector = new ThreadSafeLanguageDetectorME(model);
    }

    /** The detector of this JVM, loading the model on first call (about 2 s and 35 MB of heap). */
    public static OpenNlpLanguageDetector shared() {
        return Holder.INSTANCE;
    }

    /** Loads a new detector from the model on the class path; prefer {@link #shared()}. */
    static OpenNlpLanguageDetector load() {
        try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE + " is not on the class path:"
                        + " add the dependency org.apache.opennlp:opennlp-models-langdetect");
            }
            return new OpenNlpLanguageDetector(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
        }
    }

    @Override
    public Optional<String> detect(String text) {
        Objects.requireNonNull(text, "text");
        String sample = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
        if (letters(sample) < MIN_LETTERS) {
            return Optional.empty();
        }
        Language[] ranked = detector.predictLanguages(sample);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        if (ranked.length > 1 && ranked[0].getConfidence() < MIN_RATIO * ranked[1].getConfidence()) {
            return Optional.empty();
        }
        return IsoCodes.toTwoLetter(ranked[0].getLang());
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static final class Holder {
        static final OpenNlpLanguageDetector INSTANCE = load();
    }
}
