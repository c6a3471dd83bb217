/**
 * Lexical resources every stage may ask about words: {@link org.storyline.lexicon.WordNet} (WordNet 3.1, from a
 * Maven artifact) tells synonyms, words for kinds of people and whether a word is a word at all. It depends on no
 * other package of storyline, so the entity, quote, support and text stages can all use it.
 */
package org.storyline.lexicon;
