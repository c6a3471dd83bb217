package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * An article after cleaning: its body as paragraphs of clean text joined by blank lines, with a map
 * from every clean character back to the source, and everything that was removed.
 *
 * @param article        the article as ingested
 * @param title          the headline, or {@code null} when the article has none
 * @param agency         the news agency named in the dateline ({@code EFE}, {@code AP}), or {@code null}
 * @param place          the dateline's place ({@code Brussels}), or {@code null}
 * @param syndicatedFrom the outlet a reprint credits, or {@code null}
 * @param text           the cleaned body: paragraphs separated by {@code "\n\n"}
 * @param offsets        source range of every character of {@code text}
 * @param paragraphs     the paragraphs' ranges in {@code text}
 * @param removed        what was left out, in source order
 * @param duplicateOf    id of the earliest article this one repeats (an exact or near copy), or {@code null}
 */
public record CleanArticle(Article article, String title, String agency, String place, String syndicatedFrom,
                           String text, OffsetMap offsets, List<Span> paragraphs, List<Removal> removed,
                           String duplicateOf) {

    public CleanArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
        if (offsets.length() != text.length()) {
            throw new IllegalArgumentException("offsets map " + offsets.length() + " characters but text has "
                    + text.length() + " (article " + article.id() + ")");
        }
    }

    /** A cleaned article that repeats no other. */
    public CleanArticle(Article article, String title, String agency, String place, String syndicatedFrom,
                        String text, OffsetMap offsets, List<Span> paragraphs, List<Removal> removed) {
        this(article, title, agency, place, syndicatedFrom, text, offsets, paragraphs, removed, null);
    }

    /** This article marked as a copy of article {@code original}. */
    public CleanArticle withDuplicateOf(String original) {
        return new CleanArticle(article, title, agency, place, syndicatedFrom, text, offsets, paragraphs, removed,
                original);
    }

    /** Whether the article is in English, or its language is not known (storyline's NLP reads English). */
    public boolean english() {
        return article.language() == null || article.language().equals("en");
    }

    /** The article's id. */
    public String id() {
        return article.id();
    }

    /** The source span of clean characters {@code [from, to)}. */
    public Span toSource(int from, int to) {
        return offsets.toSource(from, to);
    }

    /** A citation of clean characters {@code [from, to)}. */
    public Citation cite(int from, int to) {
        return Citation.of(id(), toSource(from, to));
    }

    /** The outlet to credit: the agency that wrote it, else the syndication source, else the publisher. */
    public String author() {
        if (agency != null) {
            return agency;
        }
        return syndicatedFrom != null ? syndicatedFrom : article.outlet();
    }
}
