package org.storyline.bench.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A hand-judged quote: one line {@code article-prefix<TAB>first words<TAB>speaker} of the gold file.
 *
 * @param article the beginning of the article's id
 * @param prefix  the first words of the quote
 * @param speaker canonical name, {@code anon:<description>} or {@code unknown}
 */
public record GoldQuote(String article, String prefix, String speaker) {

    /** The speaker value of a quote whose speaker the text does not tell. */
    public static final String UNKNOWN = "unknown";

    public GoldQuote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(speaker, "speaker");
    }

    /** Whether the article with id {@code id} is this quote's article. */
    public boolean inArticle(String id) {
        return id.startsWith(article);
    }

    /** Reads a gold file; blank lines and lines starting with {@code #} are skipped. */
    public static List<GoldQuote> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold quotes " + file, e);
        }
        List<GoldQuote> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 3 tab-separated fields, got "
                        + f.length + ": " + line);
            }
            out.add(new GoldQuote(f[0].strip(), f[1].strip(), f[2].strip()));
        }
        return out;
    }
}
