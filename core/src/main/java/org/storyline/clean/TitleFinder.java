package org.storyline.clean;

import java.util.Set;
import org.storyline.model.Article;
import org.storyline.model.RemovalKind;

/**
 * Finds the headline. When the source gave a title, that is the headline and a first paragraph
 * repeating it is dropped. Otherwise (plain text) the first line is the headline when it looks like
 * one: not ending like a sentence, at most {@value #MAX_WORDS} words, not dash-led. A site or
 * aggregator name above it ({@link SiteHeader}, or simply two headline-like lines before the first
 * body paragraph) is dropped as a site header.
 */
final class TitleFinder {

    /** Longest headline, in words. */
    static final int MAX_WORDS = 20;
    /** Longest headline that ends with a question or exclamation mark, in words. */
    static final int MAX_QUESTION_WORDS = 14;
    /** Longest site name without a separator, in words. */
    static final int SITE_NAME_WORDS = 5;

    /**
     * A headline and the draft without it.
     *
     * @param title the headline, or {@code null} when there is none
     * @param draft the draft with title and site header removed
     */
    record Headline(String title, Draft draft) {
    }

    /** Finds the headline of {@code article} among the first paragraphs of {@code draft}. */
    Headline find(Article article, Draft draft) {
        if (article.title() != null) {
            return given(article.title(), draft);
        }
        if (draft.size() > 0 && hasSiteHeader(draft)) {
            draft = draft.drop(Set.of(0), RemovalKind.SITE_HEADER);
        }
        if (draft.size() > 1 && looksLikeHeadline(draft.text(0))) {
            String title = draft.text(0).strip();
            return new Headline(title, draft.drop(Set.of(0), RemovalKind.TITLE));
        }
        return new Headline(null, draft);
    }

    private static Headline given(String title, Draft draft) {
        String stripped = title.strip();
        if (stripped.isEmpty()) {
            return new Headline(null, draft);
        }
        if (draft.size() > 0 && LineShape.folded(draft.text(0)).equals(LineShape.folded(stripped))) {
            draft = draft.drop(Set.of(0), RemovalKind.TITLE);
        }
        return new Headline(stripped, draft);
    }

    private static boolean hasSiteHeader(Draft draft) {
        String first = draft.text(0);
        if (SiteHeader.matches(first)) {
            return true;
        }
        return draft.size() > 2 && looksLikeHeadline(first) && looksLikeHeadline(draft.text(1))
                && !looksLikeHeadline(draft.text(2)) && looksLikeSiteName(first);
    }

    /**
     * A site or section name: split by a separator ({@code Site – Section}, {@code Site | News}), or a few
     * capitalised words ({@code Daily Planet Online}); a sentence-case line under a headline is more likely
     * the headline's deck than a site name above it.
     */
    private static boolean looksLikeSiteName(String line) {
        if (line.matches(".*\\s[–—|:·•-]\\s.*")) {
            return true;
        }
        String[] words = line.strip().split("\\s+");
        if (words.length > SITE_NAME_WORDS) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !SMALL_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "de", "la", "le", "di", "in");

    /**
     * Whether {@code line} could be a headline: short, no final punctuation (a question or exclamation mark
     * allowed on a shorter line), not dash-led, not hashtags.
     */
    static boolean looksLikeHeadline(String line) {
        String s = line.strip();
        boolean asks = (s.endsWith("?") || s.endsWith("!")) && LineShape.words(s) <= MAX_QUESTION_WORDS;
        return !line.isBlank()
                && LineShape.words(line) <= MAX_WORDS
                && (asks || !LineShape.endsWithPunctuation(line))
                && !LineShape.dashLed(line)
                && !HashtagLines.isHashtagLine(line);
    }
}
