package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * Outlets that give different values for the same thing: one says 20.9 billion, another 21 billion;
 * one says Thursday, another Wednesday. Each side is a fact with the articles that state that value.
 *
 * @param kind    what kind of value is disputed
 * @param subject what the values are about ({@code military aid}, {@code meeting date})
 * @param sides   two or more facts with different values, most widely reported first
 */
public record Conflict(FactKind kind, String subject, List<Fact> sides) {

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a conflict over " + subject + " needs two sides, got " + sides.size());
        }
    }

    /** Every citation of every side. */
    public List<Citation> sources() {
        return sides.stream().flatMap(side -> side.sources().stream()).distinct().toList();
    }
}
