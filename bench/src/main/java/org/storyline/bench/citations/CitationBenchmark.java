package org.storyline.bench.citations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.brief.CitationChecker;
import org.storyline.model.Brief;
import org.storyline.model.Report;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.nlp.MiniLmEmbedder;
import org.storyline.pipeline.StorylinePipeline;
import org.storyline.support.SupportLabel;

/**
 * Briefs every article under the given paths and checks every citation of every brief: prints, per story,
 * the citations checked and supported, then the total share, the conflicts reported, and each failure.
 * Usage: {@code CitationBenchmark PATH...}.
 */
public final class CitationBenchmark {

    private CitationBenchmark() {
    }

    /** Runs the check on {@code args} (article files or folders). */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: CitationBenchmark PATH...");
            System.exit(64);
        }
        List<Path> inputs = new ArrayList<>();
        for (String a : args) {
            inputs.add(Path.of(a));
        }
        long start = System.nanoTime();
        Report report = StorylinePipeline.create().brief(inputs);
        long briefed = System.nanoTime();
        CitationChecker checker = new CitationChecker(new MiniLmEmbedder(), new CoreNlpAnnotator());
        int checked = 0;
        int conflicts = 0;
        int summary = 0;
        int multiSource = 0;
        Map<SupportLabel, Integer> labels = new EnumMap<>(SupportLabel.class);
        List<CitationChecker.Failure> failures = new ArrayList<>();
        for (Brief brief : report.stories()) {
            CitationChecker.Result result = checker.check(brief);
            checked += result.checked();
            conflicts += brief.conflicts().size();
            summary += brief.summary().size();
            multiSource += (int) brief.summary().stream().filter(x -> x.sources().size() > 1).count();
            result.labels().forEach((label, n) -> labels.merge(label, n, Integer::sum));
            failures.addAll(result.failures());
            System.out.printf(Locale.ROOT, "%-20s %3d articles %5d citations %6.1f%% supported%n", brief.id(),
                    brief.articles().size(), result.checked(), 100 * result.supportedShare());
        }
        double share = checked == 0 ? 1 : (double) (checked - failures.size()) / checked;
        System.out.printf(Locale.ROOT, "%nstories %d, citations %d, supported %.2f%%, unsupported %d, conflicts %d, "
                        + "problems %d, %.1f s%n", report.stories().size(), checked, 100 * share, failures.size(), conflicts,
                report.problems().size(), (System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "briefs %.1f s; summary sentences %d, citing more than one article %d%n",
                (briefed - start) / 1e9, summary, multiSource);
        for (SupportLabel label : SupportLabel.values()) {
            int n = labels.getOrDefault(label, 0);
            System.out.printf(Locale.ROOT, "judged %-8s %6d (%.1f%%)%n", label.label(), n, 100.0 * n / Math.max(1, checked));
        }
        for (CitationChecker.Failure f : failures) {
            System.out.println("unsupported: " + f.citation() + " " + f.reason() + " | claim: " + f.claim());
        }
    }
}
