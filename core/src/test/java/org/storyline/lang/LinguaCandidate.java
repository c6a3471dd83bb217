package org.storyline.lang;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * Lingua as a {@link LanguageDetector}, for {@link LanguageDetectorBench} only. Lingua is not a
 * dependency of storyline: it is on the test class path only with {@code -Plang-bench}, so it is
 * reached by reflection and the tests compile without it.
 */
final class LinguaCandidate implements LanguageDetector {

    private static final String API = "com.github.pemistahl.lingua.api.";

    private final Object detector;
    private final Method detectLanguageOf;

    private LinguaCandidate(Object detector) throws ReflectiveOperationException {
        this.detector = detector;
        this.detectLanguageOf = detector.getClass().getMethod("detectLanguageOf", String.class);
    }

    /** Whether Lingua is on the class path. */
    static boolean available() {
        try {
            Class.forName(API + "LanguageDetectorBuilder");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Builds a Lingua detector with preloaded models.
     *
     * @param languages ISO 639-1 codes to restrict it to, or empty for all 75 languages
     * @param lowAccuracy Lingua's low-accuracy mode (trigrams only)
     */
    static LinguaCandidate build(List<String> languages, boolean lowAccuracy) {
        try {
            Class<?> builderType = Class.forName(API + "LanguageDetectorBuilder");
            Object builder;
            if (languages.isEmpty()) {
                builder = builderType.getMethod("fromAllLanguages").invoke(null);
            } else {
                Class<?> isoType = Class.forName(API + "IsoCode639_1");
                Object codes = Array.newInstance(isoType, languages.size());
                for (int i = 0; i < languages.size(); i++) {
                    Array.set(codes, i, isoType.getField(languages.get(i).toUpperCase()).get(null));
                }
                builder = builderType.getMethod("fromIsoCodes639_1", codes.getClass()).invoke(null, codes);
            }
            if (lowAccuracy) {
                builder = builderType.getMethod("withLowAccuracyMode").invoke(builder);
            }
            builder = builderType.getMethod("withPreloadedLanguageModels").invoke(builder);
            return new LinguaCandidate(builderType.getMethod("build").invoke(builder));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a Lingua detector for " + languages, e);
        }
    }

    @Override
    public Optional<String> detect(String text) {
        try {
            Object language = detectLanguageOf.invoke(detector, text);
            String code = language.getClass().getMethod("getIsoCode639_1").invoke(language).toString();
            return "none".equals(code) ? Optional.empty() : Optional.of(code);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Lingua failed on a text of " + text.length() + " characters", e);
        }
    }
}
