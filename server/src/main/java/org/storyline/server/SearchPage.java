package org.storyline.server;

import io.javalin.http.Context;
import org.storyline.store.SearchHit;
import org.storyline.store.SearchResult;

/** {@code GET /search?q=}: search results, best first, each linking to its article, story or entity page. */
final class SearchPage {

    private SearchPage() {
    }

    /** The page of {@code result} for {@code query} ({@code null}: no search yet). */
    static String render(Context ctx, String query, SearchResult result, int offset, int limit) {
        String title = query == null ? "Search" : "Search: " + query;
        return PageLayout.page(title, query == null ? "" : query, html -> {
            html.element("h1", title).newline();
            if (result == null) {
                html.element("p", "Type words, a \"phrase\", or fields such as speaker:\"…\", outlet:…, "
                        + "published:[2024-10-01 TO 2024-10-31].", "class", "meta");
                return;
            }
            html.element("p", result.total() == 0 ? "Nothing found." : result.total()
                    + (result.total() == 1 ? " result." : " results."), "class", "meta").newline();
            html.open("ol", "class", "hits", "start", Integer.toString(offset + 1)).newline();
            for (SearchHit hit : result.hits()) {
                html.open("li", "class", "hit").element("span", hit.kind(), "class", "badge").text(" ")
                        .link(href(hit), hit.title() == null || hit.title().isBlank() ? hit.id() : hit.title());
                if (hit.snippet() != null && !hit.snippet().isBlank()) {
                    html.element("p", hit.snippet(), "class", "snippet");
                }
                html.close("li").newline();
            }
            html.close("ol").newline();
            Pager.write(ctx, offset, limit, result.total(), html);
        });
    }

    private static String href(SearchHit hit) {
        return switch (hit.kind()) {
            case "article" -> Links.article(hit.id());
            case "entity" -> Links.entity(hit.id());
            default -> hit.storyId() != null ? Links.story(hit.storyId()) : Links.story(hit.id());
        };
    }
}
