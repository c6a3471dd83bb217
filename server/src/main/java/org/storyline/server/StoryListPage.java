package org.storyline.server;

import io.javalin.http.Context;
import org.storyline.store.StoryFilter;
import org.storyline.store.StoryPage;
import org.storyline.store.StorySummary;

/** {@code GET /}: the stories, newest first, a page at a time, filtered by entity, outlet and dates. */
final class StoryListPage {

    private StoryListPage() {
    }

    /** Writes the list for the request's filter. */
    static String render(Context ctx, StoryPage page, StoryFilter filter) {
        String title = filter.entity() != null ? "Stories mentioning " + filter.entity()
                : filter.outlet() != null ? "Stories from " + filter.outlet() : "Stories";
        return PageLayout.page(title, html -> {
            html.element("h1", title).newline();
            html.element("p", count(page.total(), filter), "class", "meta").newline();
            if (filter.entity() != null || filter.outlet() != null || filter.from() != null || filter.to() != null) {
                html.open("p", "class", "filters").link("/", "Show all stories").close("p").newline();
            }
            html.open("ol", "class", "stories").newline();
            for (StorySummary story : page.stories()) {
                item(story, html);
            }
            html.close("ol").newline();
            Pager.write(ctx, filter.offset(), filter.limit(), page.total(), html);
        });
    }

    private static String count(long total, StoryFilter filter) {
        if (total == 0) {
            return "No story matches.";
        }
        long last = Math.min(total, (long) filter.offset() + filter.limit());
        return total + (total == 1 ? " story" : " stories") + (total > filter.limit() || filter.offset() > 0
                ? ", showing " + (Math.min(filter.offset() + 1, total)) + " to " + last : "") + ", newest first.";
    }

    private static void item(StorySummary story, Html html) {
        html.open("li", "class", "story").open("h2").link(Links.story(story.id()), story.headline()).close("h2");
        html.open("p", "class", "meta");
        if (story.latest() != null) {
            html.element("time", story.latest()).text(" · ");
        }
        html.text(story.articles() + (story.articles() == 1 ? " article" : " articles"));
        for (String outlet : story.outlets()) {
            html.text(" · ").link(Links.outlet(outlet), outlet, "class", "outlet");
        }
        html.close("p");
        if (!story.entities().isEmpty()) {
            html.open("p", "class", "entities");
            for (String entity : story.entities()) {
                html.link(Links.entity(entity), entity, "class", "tag").text(" ");
            }
            html.close("p");
        }
        html.close("li").newline();
    }
}
