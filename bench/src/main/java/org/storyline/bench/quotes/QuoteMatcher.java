package org.storyline.bench.quotes;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Aligns gold quotes with the quotes a system found and judges the speakers. A found quote matches a gold
 * quote of the same article when its text contains the gold quote's first words, or else when its range of
 * the clean text overlaps where those words are.
 */
public final class QuoteMatcher {

    private QuoteMatcher() {
    }

    /**
     * The found quote that matches {@code gold}, if any.
     *
     * @param texts each article's clean text by id, to place the gold words when the texts differ
     */
    public static Optional<FoundQuote> match(GoldQuote gold, List<FoundQuote> found, Map<String, String> texts) {
        List<FoundQuote> same = found.stream().filter(q -> gold.inArticle(q.article())).toList();
        Optional<FoundQuote> byText = same.stream().filter(q -> q.text().contains(gold.prefix())).findFirst();
        if (byText.isPresent()) {
            return byText;
        }
        return same.stream().filter(q -> {
            int at = texts.getOrDefault(q.article(), "").indexOf(gold.prefix());
            return at >= 0 && q.start() < at + gold.prefix().length() && at < q.end();
        }).findFirst();
    }

    /** storyline's verdict: its label (canonical name or {@code anon:<description>}) must equal the gold one. */
    public static Verdict judgeExact(GoldQuote gold, Optional<FoundQuote> found) {
        return judge(gold, found, gold.speaker()::equals);
    }

    /**
     * CoreNLP's verdict: the last word of its speaker must equal the last word of the gold name (of the
     * description, for an unnamed source), ignoring case and accents.
     */
    public static Verdict judgeLastWord(GoldQuote gold, Optional<FoundQuote> found) {
        String goldName = gold.speaker().startsWith("anon:") ? gold.speaker().substring(5) : gold.speaker();
        return judge(gold, found, s -> lastWord(s).equals(lastWord(goldName)));
    }

    private static Verdict judge(GoldQuote gold, Optional<FoundQuote> found, java.util.function.Predicate<String> same) {
        if (found.isEmpty()) {
            return Verdict.MISSING;
        }
        String speaker = found.get().speaker();
        boolean goldUnknown = gold.speaker().equals(GoldQuote.UNKNOWN);
        if (speaker == null) {
            return goldUnknown ? Verdict.RIGHT : Verdict.NO_SPEAKER;
        }
        return !goldUnknown && same.test(speaker) ? Verdict.RIGHT : Verdict.WRONG;
    }

    /** The last word, lower-case, without accents or punctuation ({@code Kasčiūnas's} gives {@code kasciunas}). */
    static String lastWord(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip();
        String[] words = plain.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
