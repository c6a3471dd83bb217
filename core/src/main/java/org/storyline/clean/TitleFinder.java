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
                && !looksLikeHeadline(draft.text(2));
    }

    /** Whether {@code line} could be a headline: short, no final punctuation, not dash-led, not hashtags. */
    static boolean looksLikeHeadline(String line) {
        return !line.isBlank()
                && LineShape.words(line) <= MAX_WORDS
                && !LineShape.endsWithPunctuation(line)
                && !LineShape.dashLed(line)
                && !HashtagLines.isHashtagLine(line);
    }
}
