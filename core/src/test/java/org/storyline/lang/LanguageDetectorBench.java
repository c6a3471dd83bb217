package org.storyline.lang;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Compares language detectors on {@link LanguageSamples}: accuracy on paragraphs, first sentences and
 * five-word snippets (right / wrong / no answer), load time, heap, and texts per second. Not a unit
 * test: it runs only with {@code -Dbench.lang=true}, and compares Lingua only with {@code -Plang-bench}:
 * <pre>mvn -pl core -Plang-bench test -Dtest=LanguageDetectorBench -Dbench.lang=true</pre>
 */
@EnabledIfSystemProperty(named = "bench.lang", matches = "true")
class LanguageDetectorBench {

    private static final int WARM_UP_ROUNDS = 3;
    private static final int SPEED_ROUNDS = 5;
    /** Detectors measured so far, kept reachable so that each heap reading counts one model. */
    private final List<LanguageDetector> loaded = new ArrayList<>();

    @Test
    void compareDetectors() {
        Map<String, Supplier<LanguageDetector>> candidates = new LinkedHashMap<>();
        candidates.put("OpenNLP + storyline rules (chosen)", OpenNlpLanguageDetector::load);
        candidates.put("OpenNLP langdetect-183, raw best", LanguageDetectorBench::rawOpenNlp);
        if (LinguaCandidate.available()) {
            candidates.put("Lingua 15 languages, low accuracy", () -> LinguaCandidate.build(LanguageSamples.LANGUAGES, true));
            candidates.put("Lingua all languages, low accuracy", () -> LinguaCandidate.build(List.of(), true));
            candidates.put("Lingua 15 languages, high accuracy", () -> LinguaCandidate.build(LanguageSamples.LANGUAGES, false));
            candidates.put("Lingua all languages, high accuracy", () -> LinguaCandidate.build(List.of(), false));
        } else {
            System.out.println("Lingua is not on the class path: run with -Plang-bench to compare it");
        }
        Map<String, List<String>> samples = LanguageSamples.load();
        System.out.println("| detector | load ms | heap MB | paragraphs | sentences | 5 words | paragraphs/s | sentences/s |");
        System.out.println("|---|---:|---:|---|---|---|---:|---:|");
        candidates.forEach((name, factory) -> System.out.println(measure(name, factory, samples)));
        System.out.println("(right/wrong/none of " + samples.values().stream().mapToInt(List::size).sum() + ")");
    }

    private static LanguageDetector rawOpenNlp() {
        try (var in = LanguageDetectorBench.class.getResourceAsStream(OpenNlpLanguageDetector.MODEL_RESOURCE)) {
            ThreadSafeLanguageDetectorME me = new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
            return text -> IsoCodes.toTwoLetter(me.predictLanguage(text).getLang());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String measure(String name, Supplier<LanguageDetector> factory, Map<String, List<String>> samples) {
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        LanguageDetector detector = factory.get();
        loaded.add(detector);
        detector.detect("warm the detector up with one sentence of text");
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        long heapMb = (usedHeap() - heapBefore) >> 20;
        String paragraphs = accuracy(detector, samples, Function.identity());
        String sentences = accuracy(detector, samples, LanguageSamples::firstSentence);
        String snippets = accuracy(detector, samples, p -> LanguageSamples.firstWords(p, 5));
        List<String> all = new ArrayList<>();
        samples.values().forEach(all::addAll);
        double paragraphRate = rate(detector, all);
        double sentenceRate = rate(detector, all.stream().map(LanguageSamples::firstSentence).toList());
        return String.format("| %s | %d | %d | %s | %s | %s | %.0f | %.0f |", name, loadMillis, heapMb,
                paragraphs, sentences, snippets, paragraphRate, sentenceRate);
    }

    private static String accuracy(LanguageDetector detector, Map<String, List<String>> samples,
                                   Function<String, String> cut) {
        int right = 0;
        int wrong = 0;
        int none = 0;
        for (Map.Entry<String, List<String>> entry : samples.entrySet()) {
            for (String paragraph : entry.getValue()) {
                Optional<String> found = detector.detect(cut.apply(paragraph));
                if (found.isEmpty()) {
                    none++;
                } else if (found.get().equals(entry.getKey())) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        return right + "/" + wrong + "/" + none;
    }

    private static double rate(LanguageDetector detector, List<String> texts) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            texts.forEach(detector::detect);
        }
        long start = System.nanoTime();
        for (int round = 0; round < SPEED_ROUNDS; round++) {
            texts.forEach(detector::detect);
        }
        return SPEED_ROUNDS * texts.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
