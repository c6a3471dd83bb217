package org.storyline.store;

/**
 * The size of a store.
 *
 * @param articles articles stored
 * @param stories  stories (merged ones not counted)
 */
public record StoreStats(long articles, long stories) {
}
