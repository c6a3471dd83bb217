package org.storyline.server;

import io.javalin.http.Context;
import org.storyline.model.Article;
import org.storyline.model.Paragraph;
import org.storyline.model.Span;
import org.storyline.store.StoredArticle;

/**
 * {@code GET /articles/{id}?start=&end=}: an article's text, paragraph by paragraph, with the characters
 * that come from source range {@code [start, end)} in {@code <mark>}; the first mark has the id
 * {@code cited}, which the brief's links name as fragment, so the browser scrolls it into view without
 * a script. A cited range outside the body (a dateline, a headline) is shown from the source instead.
 */
final class ArticlePage {

    /** Source characters shown on each side of a cited range outside the body. */
    private static final int CONTEXT = 200;

    private ArticlePage() {
    }

    /** The page of {@code stored}, the request's range highlighted. */
    static String render(Context ctx, StoredArticle stored) {
        Article article = stored.article();
        Span cited = cited(ctx, article.source().length());
        String title = article.title() != null && !article.title().isBlank() ? article.title() : article.id();
        return PageLayout.page(title, html -> {
            html.open("article", "class", "source-article").newline();
            html.open("header").element("h1", title).open("p", "class", "meta");
            if (article.outlet() != null) {
                html.link(Links.outlet(article.outlet()), article.outlet()).text(" · ");
            }
            if (article.published() != null) {
                html.element("time", article.published()).text(" · ");
            }
            html.link(Links.story(stored.storyId()), "its story");
            if (article.url() != null) {
                html.text(" · ");
                if (Html.isWebAddress(article.url())) {
                    html.outsideLink(article.url(), "original").text(" ");
                }
                html.element("code", article.url());
            }
            html.close("p").close("header").newline();
            boolean marked = false;
            for (Paragraph paragraph : article.paragraphs()) {
                marked |= paragraph(paragraph, cited, !marked, html);
            }
            if (cited != null && !marked) {
                fromSource(article.source(), cited, html);
            }
            html.close("article").newline();
        });
    }

    /** The request's range, or {@code null} when it names none; a bad range is a 400. */
    private static Span cited(Context ctx, int length) {
        if (ctx.queryParam("start") == null && ctx.queryParam("end") == null) {
            return null;
        }
        int start = Params.integer(ctx, "start", -1, 0, length);
        int end = Params.integer(ctx, "end", -1, 0, length);
        if (start < 0 || end < 0 || end < start) {
            throw ApiException.badRequest("parameters 'start' and 'end' must both be given, with start <= end, got "
                    + start + " and " + end);
        }
        return new Span(start, end);
    }

    /** Writes one paragraph, marking what comes from {@code cited}; whether it marked anything. */
    private static boolean paragraph(Paragraph paragraph, Span cited, boolean first, Html html) {
        Span mark = cited == null ? new Span(0, 0) : paragraph.offsets().toDerived(cited.start(), cited.end());
        String text = paragraph.text();
        html.open("p");
        if (mark.length() == 0) {
            html.text(text).close("p").newline();
            return false;
        }
        html.text(text.substring(0, mark.start()));
        if (first) {
            html.element("mark", mark.of(text), "id", "cited");
        } else {
            html.element("mark", mark.of(text));
        }
        html.text(text.substring(mark.end())).close("p").newline();
        return true;
    }

    /** Writes the cited range with some source around it, for a range that is not in the body. */
    private static void fromSource(String source, Span cited, Html html) {
        int from = Math.max(0, cited.start() - CONTEXT);
        int to = Math.min(source.length(), cited.end() + CONTEXT);
        html.open("aside", "class", "from-source").element("h2", "Cited from the page source (outside the body)");
        html.open("pre").text((from > 0 ? "…" : "") + source.substring(from, cited.start()));
        html.element("mark", cited.of(source), "id", "cited");
        html.text(source.substring(cited.end(), to) + (to < source.length() ? "…" : "")).close("pre");
        html.close("aside").newline();
    }
}
