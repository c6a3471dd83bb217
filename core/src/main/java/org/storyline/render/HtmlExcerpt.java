package org.storyline.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Span;

/**
 * A cited passage shown in context: the paragraph of an article's clean text that holds one or more
 * cited spans, with those spans to be highlighted. A span the cleaner removed (a dateline, say) is
 * shown in the line of the source document that holds it instead. Very long paragraphs are cut to
 * a window around the highlights, with an ellipsis where text was left out.
 *
 * @param text       the passage text, ellipses included
 * @param marks      the ranges of {@code text} to highlight, sorted and not overlapping
 * @param fromSource whether the passage comes from the source document rather than the clean text
 */
record HtmlExcerpt(String text, List<Span> marks, boolean fromSource) {

    /** Longest passage shown whole; longer ones are cut around the highlights. */
    static final int MAX_LENGTH = 900;
    /** Context kept on each side of the highlights when a passage is cut. */
    static final int CONTEXT = 300;

    HtmlExcerpt {
        marks = List.copyOf(marks);
    }

    /**
     * The passages of {@code article} that hold {@code citations}, in text order; clean-text passages
     * first, then source lines. Citations that point nowhere in the article are left out.
     */
    static List<HtmlExcerpt> of(CleanArticle article, List<Citation> citations) {
        Map<Span, List<Span>> clean = new LinkedHashMap<>();
        Map<Span, List<Span>> source = new LinkedHashMap<>();
        String text = article.text();
        String src = article.article().source();
        for (Citation citation : citations) {
            Span derived = article.offsets().toDerived(citation.start(), citation.end());
            if (derived.length() > 0) {
                Span block = paragraph(article, derived);
                clean.computeIfAbsent(block, k -> new ArrayList<>()).add(clip(derived, block));
            } else if (citation.end() <= src.length() && citation.end() > citation.start()) {
                Span line = around(src, citation.span(), "\n");
                source.computeIfAbsent(line, k -> new ArrayList<>()).add(clip(citation.span(), line));
            }
        }
        List<HtmlExcerpt> excerpts = new ArrayList<>();
        clean.keySet().stream().sorted(Comparator.comparingInt(Span::start))
                .forEach(block -> excerpts.add(cut(text, block, clean.get(block), false)));
        source.keySet().stream().sorted(Comparator.comparingInt(Span::start))
                .forEach(line -> excerpts.add(cut(src, line, source.get(line), true)));
        return excerpts;
    }

    /** Writes the passage as a paragraph with {@code <mark>} around the highlights. */
    void write(HtmlBuilder out) {
        out.open("p", "class", fromSource ? "excerpt from-source" : "excerpt");
        int at = 0;
        for (Span mark : marks) {
            out.text(text.substring(at, mark.start())).element("mark", mark.of(text));
            at = mark.end();
        }
        out.text(text.substring(at)).close("p");
    }

    /** The clean paragraph that holds the start of {@code span}, or the block between blank lines around it. */
    private static Span paragraph(CleanArticle article, Span span) {
        for (Span p : article.paragraphs()) {
            if (p.start() <= span.start() && span.start() < p.end() && p.end() <= article.text().length()) {
                return p;
            }
        }
        return around(article.text(), span, "\n\n");
    }

    /** The stretch of {@code text} between the separators before and after {@code span}. */
    private static Span around(String text, Span span, String separator) {
        int from = text.lastIndexOf(separator, Math.max(0, span.start() - 1));
        from = from < 0 ? 0 : from + separator.length();
        from = Math.min(from, span.start());
        int to = text.indexOf(separator, span.end());
        return new Span(from, to < 0 ? text.length() : Math.max(to, span.end()));
    }

    private static Span clip(Span span, Span block) {
        int start = Math.max(span.start(), block.start());
        return new Span(start, Math.max(start, Math.min(span.end(), block.end())));
    }

    /** The block's text with marks relative to it, merged, and cut to a window when the block is long. */
    private static HtmlExcerpt cut(String whole, Span block, List<Span> absolute, boolean fromSource) {
        List<Span> marks = merge(absolute);
        int from = block.start();
        int to = block.end();
        if (to - from > MAX_LENGTH) {
            from = wordStart(whole, Math.max(from, marks.get(0).start() - CONTEXT), marks.get(0).start());
            to = wordEnd(whole, Math.min(to, marks.get(marks.size() - 1).end() + CONTEXT),
                    marks.get(marks.size() - 1).end());
        }
        String before = from > block.start() ? "… " : "";
        String after = to < block.end() ? " …" : "";
        int shift = from - before.length();
        List<Span> relative = new ArrayList<>();
        for (Span mark : marks) {
            int s = Math.max(mark.start(), from);
            int e = Math.min(mark.end(), to);
            if (e > s) {
                relative.add(new Span(s - shift, e - shift));
            }
        }
        return new HtmlExcerpt(before + whole.substring(from, to) + after, relative, fromSource);
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The first word start at or after {@code at}, not past {@code limit}. */
    private static int wordStart(String text, int at, int limit) {
        int space = text.indexOf(' ', at);
        return space < 0 || space >= limit ? at : space + 1;
    }

    /** The last word end at or before {@code at}, not before {@code limit}. */
    private static int wordEnd(String text, int at, int limit) {
        int space = text.lastIndexOf(' ', at);
        return space < limit ? at : space;
    }
}
