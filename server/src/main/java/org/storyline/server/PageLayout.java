package org.storyline.server;

import java.util.function.Consumer;

/**
 * The frame of every page: head (charset, viewport, title, the server's style sheet), a header with the
 * search box, and the page's own content in {@code main}. No script anywhere.
 */
final class PageLayout {

    /** Where the style sheet is served. */
    static final String STYLE = "/static/site.css";

    private PageLayout() {
    }

    /** A whole page titled {@code title} with {@code content} written into its {@code main}. */
    static String page(String title, Consumer<Html> content) {
        return page(title, "", content);
    }

    /** A whole page whose search box holds {@code query}. */
    static String page(String title, String query, Consumer<Html> content) {
        Html html = new Html();
        html.trusted("<!DOCTYPE html>\n").open("html", "lang", "en").newline().open("head").newline();
        html.open("meta", "charset", "utf-8").newline();
        html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.open("meta", "name", "referrer", "content", "no-referrer").newline();
        html.element("title", title + " · storyline").newline();
        html.open("link", "rel", "stylesheet", "href", STYLE).newline();
        html.close("head").newline().open("body").newline();
        html.open("header", "class", "site").link("/", "storyline", "class", "home");
        html.open("form", "class", "search", "action", "/search", "method", "get", "role", "search");
        html.open("input", "type", "search", "name", "q", "value", query, "maxlength",
                Integer.toString(Params.MAX_QUERY), "placeholder", "Search stories, quotes, people…", "aria-label", "Search");
        html.element("button", "Search", "type", "submit").close("form").close("header").newline();
        html.open("main").newline();
        content.accept(html);
        html.newline().close("main").newline().close("body").newline().close("html").newline();
        return html.toString();
    }
}
