package org.storyline.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** Plain-text snippets: the part of a stored text around the first word a query matches. */
final class Snippets {

    /** Longest snippet, in characters. */
    static final int LENGTH = 200;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** About {@value #LENGTH} characters of {@code text} (of {@code field}) around the first word {@code query} matches. */
    String of(String field, String text, Query query) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        int at = firstMatch(field, text, terms);
        int start = Math.max(0, at - LENGTH / 4);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space > at ? start : space + 1;
        }
        int end = Math.min(text.length(), start + LENGTH);
        String cut = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "…" : "") + cut + (end < text.length() ? "…" : "");
    }

    private int firstMatch(String field, String text, Set<Term> terms) {
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            int found = 0;
            while (tokens.incrementToken()) {
                if (terms.contains(new Term(field, term.toString()))) {
                    found = offset.startOffset();
                    break;
                }
            }
            tokens.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
