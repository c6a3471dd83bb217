package org.storyline.render;

import java.util.List;
import org.storyline.model.Brief;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;

/**
 * "Entities": the most mentioned people, organisations and places, in the brief's order, each
 * with its role, the other spellings seen, and how widely it is mentioned.
 */
final class EntitiesSection implements MarkdownSection {

    /** How many entities of each type are listed. */
    static final int PER_TYPE = 10;

    private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORG, EntityType.PLACE);

    @Override
    public void write(Brief brief, SourceNumbers sources, StringBuilder out) {
        if (brief.entities().stream().noneMatch(e -> TYPES.contains(e.type()))) {
            return;
        }
        out.append("## Entities\n\n");
        for (EntityType type : TYPES) {
            List<Entity> top = brief.entities().stream().filter(e -> e.type() == type).limit(PER_TYPE).toList();
            if (!top.isEmpty()) {
                out.append("### ").append(heading(type)).append("\n\n");
                top.forEach(entity -> out.append("- ").append(line(entity, sources)).append('\n'));
                out.append('\n');
            }
        }
    }

    /** One entity: {@code **Name** (role) — also: A, B — 12 mentions in 3 of 5 articles}. */
    static String line(Entity entity, SourceNumbers sources) {
        StringBuilder line = new StringBuilder("**").append(MarkdownText.escape(entity.name())).append("**");
        if (entity.role() != null && !entity.role().isBlank()) {
            line.append(" (").append(MarkdownText.escape(entity.role())).append(')');
        }
        List<String> others = entity.variants().stream()
                .filter(v -> v != null && !v.isBlank() && !v.equals(entity.name()))
                .distinct().map(MarkdownText::escape).toList();
        if (!others.isEmpty()) {
            line.append(" — also: ").append(String.join(", ", others));
        }
        return line.append(" — ").append(entity.mentions()).append(entity.mentions() == 1 ? " mention" : " mentions")
                .append(" in ").append(sources.support(entity.articles())).append(" articles").toString();
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
