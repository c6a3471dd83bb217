package org.storyline.bench.quotes;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prints the side-by-side table: per gold quote both speakers, then totals, times and memory. */
public final class ComparisonTable {

    private static final String ROW = "%-4s %-34s %-28s %-30s %-30s%n";

    private ComparisonTable() {
    }

    /**
     * Prints the comparison.
     *
     * @param rssKb peak resident set size of each side's process in KB (storyline, CoreNLP), or -1 when unknown
     */
    public static void print(List<GoldQuote> gold, SideRun storyline, SideRun corenlp, long[] rssKb, PrintStream out) {
        Map<Verdict, Integer> sl = new EnumMap<>(Verdict.class);
        Map<Verdict, Integer> cn = new EnumMap<>(Verdict.class);
        List<String> corenlpOnly = new ArrayList<>();
        out.printf(ROW, "art", "first words", "gold speaker", "storyline", "CoreNLP");
        for (GoldQuote g : gold) {
            Optional<FoundQuote> s = QuoteMatcher.match(g, storyline.quotes(), storyline.texts());
            Optional<FoundQuote> c = QuoteMatcher.match(g, corenlp.quotes(), storyline.texts());
            Verdict vs = QuoteMatcher.judgeExact(g, s);
            Verdict vc = QuoteMatcher.judgeLastWord(g, c);
            sl.merge(vs, 1, Integer::sum);
            cn.merge(vc, 1, Integer::sum);
            out.printf(ROW, g.article(), cut(g.prefix(), 34), cut(g.speaker(), 28), cell(s, vs), cell(c, vc));
            if (vc == Verdict.RIGHT && vs != Verdict.RIGHT) {
                corenlpOnly.add(g.article() + " " + g.prefix() + ": storyline " + cell(s, vs) + ", CoreNLP " + cell(c, vc));
            }
        }
        out.println();
        out.printf("%-10s %6s %8s %6s %6s %10s %8s %8s %8s %10s %9s%n", "system", "found", "matched", "right", "wrong",
                "no speaker", "missing", "load s", "run s", "peak heap", "peak RSS");
        totals(out, storyline, sl, gold.size(), rssKb[0]);
        totals(out, corenlp, cn, gold.size(), rssKb[1]);
        out.println();
        out.println("CoreNLP right where storyline is not: " + (corenlpOnly.isEmpty() ? "none" : corenlpOnly.size()));
        corenlpOnly.forEach(line -> out.println("  " + line));
    }

    private static void totals(PrintStream out, SideRun run, Map<Verdict, Integer> v, int gold, long rssKb) {
        int missing = v.getOrDefault(Verdict.MISSING, 0);
        out.printf("%-10s %6d %8d %6d %6d %10d %8d %8.1f %8.1f %7d MB %9s%n", run.system(), run.quotes().size(),
                gold - missing, v.getOrDefault(Verdict.RIGHT, 0), v.getOrDefault(Verdict.WRONG, 0),
                v.getOrDefault(Verdict.NO_SPEAKER, 0), missing, run.loadMillis() / 1000.0, run.runMillis() / 1000.0,
                run.peakHeapMb(), rssKb < 0 ? "?" : rssKb / 1024 + " MB");
    }

    private static String cell(Optional<FoundQuote> q, Verdict v) {
        if (q.isEmpty()) {
            return "(not found)";
        }
        String speaker = q.get().speaker() == null ? "-" : q.get().speaker();
        return cut(speaker, 26) + (v == Verdict.WRONG ? " X" : "");
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
