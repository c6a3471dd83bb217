package org.storyline.cluster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Sentence;
import org.storyline.text.ContentTerms;

/**
 * What a {@link StoryStream} needs of an article: its id, its content terms (with repeats), its publication day
 * and the article it copies. Small on purpose: a stream keeps these, not the articles' text.
 *
 * @param id          the article id
 * @param terms       its content terms, in order, with repeats (lemmas of nouns, names, verbs, adjectives,
 *                    numbers, as {@link StoryClusterer} weighs them)
 * @param day         its publication day, or {@code null} when unknown
 * @param duplicateOf the id of the article it reprints, or {@code null}
 */
public record StreamArticle(String id, List<String> terms, LocalDate day, String duplicateOf) {

    /** Validates and copies. */
    public StreamArticle {
        Objects.requireNonNull(id, "id");
        terms = List.copyOf(terms);
    }

    /** The stream view of {@code article}: its content terms and the day its ISO publication date names. */
    public static StreamArticle of(AnnotatedArticle article) {
        List<String> terms = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            terms.addAll(ContentTerms.of(s.tokens()));
        }
        return new StreamArticle(article.id(), terms, day(article.clean().article().published()),
                article.clean().duplicateOf());
    }

    /** The day an ISO-8601 date or instant begins with, or {@code null}. */
    static LocalDate day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
