package org.storyline.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Citation;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;

/**
 * "Entities": the most mentioned people, organisations and places, each with its role (and the
 * markers of where the articles state it), its other spellings, how widely it is mentioned, and a marker per
 * article that shows where that article first names it.
 */
final class HtmlEntitiesSection implements HtmlSection {

    private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORG, EntityType.PLACE);

    @Override
    public void write(HtmlStory story, HtmlBuilder out) {
        List<Entity> entities = story.brief().entities();
        if (entities.stream().noneMatch(e -> TYPES.contains(e.type()))) {
            return;
        }
        HtmlSection.open(story, "entities", "Entities", out);
        out.open("div", "class", "entity-groups").newline();
        for (EntityType type : TYPES) {
            List<Entity> top = entities.stream().filter(e -> e.type() == type).limit(EntitiesSection.PER_TYPE).toList();
            if (top.isEmpty()) {
                continue;
            }
            out.open("div", "class", "entity-group").element("h3", heading(type)).open("ul").newline();
            top.forEach(entity -> entity(entity, story, out));
            out.close("ul").close("div").newline();
        }
        out.close("div").newline();
        HtmlSection.close(out);
    }

    private static void entity(Entity entity, HtmlStory story, HtmlBuilder out) {
        out.open("li").element("strong", entity.name());
        if (entity.role() != null && !entity.role().isBlank()) {
            out.text(" ").element("span", entity.role(), "class", "role").text(" ");
            story.markers(entity.roleSources(), out);
        }
        List<String> others = entity.variants().stream()
                .filter(v -> v != null && !v.isBlank() && !v.equals(entity.name())).distinct().toList();
        if (!others.isEmpty()) {
            out.text(" — also: ").element("span", String.join(", ", others), "class", "variants");
        }
        out.element("span", " — " + entity.mentions() + (entity.mentions() == 1 ? " mention" : " mentions")
                + " in " + story.numbers().support(entity.articles()) + " articles", "class", "count");
        if (!entity.spans().isEmpty()) {
            out.text(" ");
            story.markers(firstPerArticle(entity), out);
        }
        out.close("li").newline();
    }

    /** Where each article first names the entity: a marker per article, its passage with the name marked. */
    private static List<Citation> firstPerArticle(Entity entity) {
        Map<String, Citation> first = new LinkedHashMap<>();
        entity.spans().forEach(s -> first.putIfAbsent(s.article(), s.citation()));
        return List.copyOf(first.values());
    }

    private static String heading(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case ORG -> "Organisations";
            case PLACE -> "Places";
            case OTHER -> "Other";
        };
    }
}
