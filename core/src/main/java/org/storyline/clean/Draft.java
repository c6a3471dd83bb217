package org.storyline.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;
import org.storyline.model.Removal;
import org.storyline.model.RemovalKind;
import org.storyline.model.Span;

/**
 * An article half way through cleaning: the paragraphs still kept and what has been removed so far.
 * Each rule takes a draft and returns a new one; drafts are immutable.
 *
 * @param source  the article's source, which removals cite
 * @param kept    the paragraphs still in the body, in order
 * @param removed the removals made so far
 */
record Draft(String source, List<Paragraph> kept, List<Removal> removed) {

    private static final String SEPARATOR = "\n\n";

    Draft {
        kept = List.copyOf(kept);
        removed = List.copyOf(removed);
    }

    /** The draft before any rule: all of the article's paragraphs, nothing removed. */
    static Draft of(Article article) {
        return new Draft(article.source(), article.paragraphs(), List.of());
    }

    /** The text of kept paragraph {@code index}. */
    String text(int index) {
        return kept.get(index).text();
    }

    /** Number of kept paragraphs. */
    int size() {
        return kept.size();
    }

    /** This draft without the kept paragraphs at {@code indexes}, recorded as {@code kind}. */
    Draft drop(Set<Integer> indexes, RemovalKind kind) {
        if (indexes.isEmpty()) {
            return this;
        }
        List<Paragraph> left = new ArrayList<>();
        List<Removal> gone = new ArrayList<>(removed);
        for (int i = 0; i < kept.size(); i++) {
            Paragraph p = kept.get(i);
            if (indexes.contains(i)) {
                gone.add(removal(kind, p.sourceSpan()));
            } else {
                left.add(p);
            }
        }
        return new Draft(source, left, gone);
    }

    /**
     * This draft with the character ranges {@code cuts} (sorted, not overlapping, in the paragraph's
     * coordinates) taken out of kept paragraph {@code index}. Adjacent cuts become one removal; a
     * paragraph with nothing but whitespace left goes entirely.
     */
    Draft cut(int index, List<Span> cuts, RemovalKind kind) {
        if (cuts.isEmpty()) {
            return this;
        }
        Paragraph p = kept.get(index);
        List<Span> merged = merge(cuts);
        List<OffsetMap> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (Span cut : merged) {
            parts.add(p.offsets().slice(at, cut.start()));
            text.append(p.text(), at, cut.start());
            at = cut.end();
        }
        parts.add(p.offsets().slice(at, p.text().length()));
        text.append(p.text(), at, p.text().length());
        if (text.toString().isBlank()) {
            return drop(Set.of(index), kind);
        }
        List<Paragraph> left = new ArrayList<>(kept);
        left.set(index, new Paragraph(text.toString(), OffsetMap.concat(parts.toArray(OffsetMap[]::new))));
        List<Removal> gone = new ArrayList<>(removed);
        for (Span cut : merged) {
            gone.add(removal(kind, p.toSource(cut.start(), cut.end())));
        }
        return new Draft(source, left, gone);
    }

    /**
     * The cleaned article: kept paragraphs joined by blank lines (separators map to the empty source
     * range after the paragraph before them) and removals in source order.
     */
    CleanArticle finish(Article article, String title, String agency, String place, String syndicatedFrom) {
        StringBuilder text = new StringBuilder();
        List<OffsetMap> maps = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        Paragraph previous = null;
        for (Paragraph p : kept) {
            if (previous != null) {
                text.append(SEPARATOR);
                maps.add(OffsetMap.inserted(previous.sourceSpan().end(), SEPARATOR.length()));
            }
            previous = p;
            spans.add(new Span(text.length(), text.length() + p.text().length()));
            text.append(p.text());
            maps.add(p.offsets());
        }
        List<Removal> ordered = new ArrayList<>(removed);
        ordered.sort(Comparator.comparingInt(Removal::start).thenComparingInt(Removal::end));
        return new CleanArticle(article, title, agency, place, syndicatedFrom, text.toString(),
                OffsetMap.concat(maps.toArray(OffsetMap[]::new)), spans, ordered);
    }

    private Removal removal(RemovalKind kind, Span span) {
        return new Removal(kind, span.of(source), span.start(), span.end());
    }

    private static List<Span> merge(List<Span> cuts) {
        List<Span> merged = new ArrayList<>();
        for (Span cut : cuts) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && cut.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), cut.end())));
            } else {
                merged.add(cut);
            }
        }
        return merged;
    }
}
