package org.storyline.entity;

/**
 * The pass of entity resolution that joined a mention to its entity: the evidence a reader can check, and the
 * unit a benchmark measures (share and precision of each pass on gold). The most precise passes come first.
 */
public enum ResolutionPass {
    /** A full name, written as the entity's other full names are (spellings, initials, middle names). */
    FULL_NAME,
    /** A longer or shorter form of a full name: a pet form, a nickname, a middle name, a suffix left out. */
    LONGER_FORM,
    /** A family name alone, for the one person its own article names in full. */
    SURNAME_IN_ARTICLE,
    /**
     * A family name alone that several people of its article share, for the one the article named in full first and
     * called by that family name before naming any other of them (the story's subject; relatives come later).
     */
    SURNAME_ESTABLISHED,
    /** A family name alone, for the one person of the story of that family name. */
    SURNAME_IN_STORY,
    /** A first name alone, for the one person of its article with that first name. */
    FIRST_NAME_IN_ARTICLE,
    /** A name no pass resolved, with the same name written alike (of its article only, when it fits several). */
    UNRESOLVED,
    /** A name of an organisation or place with the same key, or the same entry of the alias table. */
    NAME_KEY,
    /** An acronym of a name of the story. */
    ACRONYM,
    /** A shorter form of an organisation's or place's name: a generic word, a city, the head of {@code X of Y}. */
    SHORT_FORM,
    /** A name the tagger typed otherwise in another article (a person's name tagged a place, or the reverse). */
    OTHER_TAG,
    /** A title standing for the one person of the story who holds it ({@code the secretary general}). */
    TITLE,
    /** A short form of an organisation or place the tagger left untagged ({@code IBF}, {@code Herald}). */
    UNTAGGED_SHORT_FORM
}
