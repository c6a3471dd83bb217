package org.storyline.entity;

/** Grammatical gender of a person as far as the text lets us know it. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Whether a pronoun of gender {@code pronoun} may refer to a person of this gender. */
    public boolean compatibleWith(Gender pronoun) {
        return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }
}
