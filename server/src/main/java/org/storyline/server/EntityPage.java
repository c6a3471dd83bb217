package org.storyline.server;

import java.util.List;
import org.storyline.store.EntityStories;
import org.storyline.store.StoryStore;

/** {@code GET /entities?name=}: the entities matching a name (all when none), each with its stories. */
final class EntityPage {

    /** The most stories listed per entity. */
    private static final int STORIES = 20;

    private EntityPage() {
    }

    /** The page for {@code name} ({@code null}: the most mentioned entities). */
    static String render(StoryStore store, String name, List<EntityStories> entities) {
        String title = name == null ? "People, organisations and places" : name;
        return PageLayout.page(title, html -> {
            html.element("h1", title).newline();
            if (entities.isEmpty()) {
                html.element("p", "No entity matches.", "class", "meta");
            }
            for (EntityStories entity : entities) {
                html.open("section", "class", "entity").open("h2").text(entity.name()).text(" ")
                        .element("span", entity.type(), "class", "badge").close("h2");
                html.open("p", "class", "meta");
                if (entity.role() != null) {
                    html.text(entity.role() + " · ");
                }
                html.text(entity.mentions() + " mentions in " + entity.storyIds().size()
                        + (entity.storyIds().size() == 1 ? " story" : " stories") + " · ");
                html.link("/?entity=" + Links.segment(entity.name()), "list them").close("p");
                html.open("ul", "class", "entity-stories");
                for (String id : entity.storyIds().stream().limit(STORIES).toList()) {
                    String headline = store.story(id).map(s -> s.summary().headline()).orElse(id);
                    html.open("li").link(Links.story(id), headline).close("li");
                }
                html.close("ul").close("section").newline();
            }
        });
    }
}
