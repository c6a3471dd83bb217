package org.storyline.dedup;

import java.util.List;
import java.util.Objects;

/**
 * Articles that print the same text, linked to the earliest of them. A set of near-duplicates that
 * also holds exact copies of the original is reported as two groups with the same original: one
 * {@code exact}, one not; every other article id appears as a copy at most once.
 *
 * @param original id of the earliest article: the earliest publication time when known, else the first
 *                 in input order
 * @param copies   ids of the other articles, earliest first
 * @param exact    whether every copy has the original's text once lower-cased and stripped of punctuation
 */
public record DuplicateGroup(String original, List<String> copies, boolean exact) {

    public DuplicateGroup {
        Objects.requireNonNull(original, "original");
        copies = List.copyOf(Objects.requireNonNull(copies, "copies"));
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("duplicate group of " + original + " has no copies");
        }
        if (copies.contains(original)) {
            throw new IllegalArgumentException("duplicate group of " + original + " lists it as its own copy");
        }
    }
}
