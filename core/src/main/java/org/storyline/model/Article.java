package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * An article as ingested, before cleaning.
 *
 * @param id         stable id: the file name without extension, or the JSONL {@code id}
 * @param path       where it was read from (a file, or {@code file.jsonl#line})
 * @param source     the decoded source document all offsets point into
 * @param paragraphs the body blocks found in the source, in reading order
 * @param title      title given by the source's metadata, or {@code null} when the source has none
 *                   (plain text: the cleaner finds it among the first lines)
 * @param url        the article's address, or {@code null}
 * @param outlet     the publishing outlet, or {@code null}
 * @param published  publication date or instant as ISO-8601 text, or {@code null}
 * @param language   ISO 639-1 language code, or {@code null} when unknown
 */
public record Article(String id, String path, String source, List<Paragraph> paragraphs,
                      String title, String url, String outlet, String published, String language) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank (path " + path + ")");
        }
    }
}
