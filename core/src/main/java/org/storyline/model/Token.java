package org.storyline.model;

/**
 * A token of a cleaned article with its linguistic annotations.
 *
 * @param text  the token as written
 * @param start first character in the clean text, inclusive
 * @param end   last character in the clean text, exclusive
 * @param pos   Penn Treebank part-of-speech tag
 * @param lemma dictionary form
 * @param ner   named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, ... or {@code O})
 */
public record Token(String text, int start, int end, String pos, String lemma, String ner) {

    /** Whether the part-of-speech tag starts with {@code prefix} ({@code "NN"}, {@code "VB"}). */
    public boolean isPos(String prefix) {
        return pos.startsWith(prefix);
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
