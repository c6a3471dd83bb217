package org.storyline.brief;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.BriefSentence;
import org.storyline.text.WordSet;

/**
 * The story's headline: of the articles' own headlines, the one whose words the other articles share
 * most. A title that is no headline is passed over: one naming the outlet or site itself, a time stamp
 * ({@code Updated: November 11, 2011 20:09 IST}), one of fewer than {@link #MIN_WORDS} words or more than
 * {@link #MAX_TITLE_WORDS}. Without a headline, a neutral one is built from the summary's lead
 * sentence: its main clause, without a trailing attribution ({@code , officials said}), at most
 * {@link #MAX_WORDS} words.
 */
final class HeadlinePicker {

    static final int MIN_WORDS = 3;
    /** Longer than this, a "title" is a sentence of the body, not a headline. */
    static final int MAX_TITLE_WORDS = 25;
    /** Words of a dateline or time stamp, which some sources give as title ({@code Updated: Nov 11, 2011 20:09 IST}). */
    private static final Pattern STAMP_WORD = Pattern.compile("(?i:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
            + "|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            + "|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?"
            + "|updated|posted|published|last|on|at|hrs|[ap]m)|[A-Z]{2,4}|[^\\p{L}]*");
    static final int MAX_WORDS = 16;
    /** A clause break after which the rest of a long lead can go: a comma, semicolon, colon or dash. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\h*(?:[,;:]|\\h[–—-])\\h");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            ",\\h+(?:[\\p{L}.'’-]+\\h+){0,5}(?:said|says|told|reported|announced|added)(?:\\h+[\\p{L}.'’-]+){0,4}\\.?$");

    private HeadlinePicker() {
    }

    static String pick(List<AnnotatedArticle> articles, List<BriefSentence> summary) {
        String best = null;
        double bestScore = -1;
        for (AnnotatedArticle a : articles) {
            String title = a.clean().title();
            if (!isHeadline(title, a)) {
                continue;
            }
            WordSet words = WordSet.of(title);
            double score = 0;
            for (AnnotatedArticle other : articles) {
                if (other != a) {
                    score += coverage(words, WordSet.of(other.text()));
                }
            }
            if (score > bestScore) {
                best = title.strip();
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        if (!summary.isEmpty()) {
            return fromLead(summary.get(0).text());
        }
        return articles.get(0).text().lines().findFirst().orElse("(untitled story)");
    }

    /**
     * Whether {@code title} can head the story: of headline length, not a time stamp, and not the name of
     * the outlet or site.
     */
    static boolean isHeadline(String title, AnnotatedArticle article) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String[] words = title.strip().split("\\s+");
        long wordy = java.util.Arrays.stream(words).filter(w -> !STAMP_WORD.matcher(w.replaceAll("[,:;]+$", "")).matches())
                .count();
        if (wordy < MIN_WORDS || words.length > MAX_TITLE_WORDS) {
            return false;
        }
        String t = key(title);
        for (String name : new String[] {article.clean().article().outlet(), article.clean().author(), host(article)}) {
            if (name != null && !name.isBlank() && (t.equals(key(name)) || t.startsWith(key(name) + " "))) {
                return false;
            }
        }
        return true;
    }

    /** A neutral headline from a lead sentence: no final stop, no trailing attribution, the main clause only. */
    static String fromLead(String lead) {
        String text = ATTRIBUTION.matcher(lead.strip()).replaceFirst("").replaceAll("[.!]+$", "").strip();
        String[] words = text.split("\\s+");
        if (words.length <= MAX_WORDS) {
            return text;
        }
        Matcher m = CLAUSE_BREAK.matcher(text);
        while (m.find()) {
            int count = text.substring(0, m.start()).split("\\s+").length;
            if (count >= MIN_WORDS * 2 && count <= MAX_WORDS) {
                return text.substring(0, m.start());
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + " …";
    }

    private static String host(AnnotatedArticle article) {
        String url = article.clean().article().url();
        if (url == null) {
            return null;
        }
        String host = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:?#].*$", "").replaceFirst("^www\\.", "");
        int dot = host.indexOf('.');
        return dot > 0 ? host.substring(0, dot) : host;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static double coverage(WordSet title, WordSet body) {
        if (title.words().isEmpty()) {
            return 0;
        }
        long shared = title.words().stream().filter(body.words()::contains).count();
        return (double) shared / title.words().size();
    }
}
