package org.storyline.quote;

import org.storyline.entity.Gender;
import org.storyline.lexicon.WordNet;

/**
 * Who said something, as far as the text tells.
 *
 * @param name        canonical name of a person or organisation, or {@code null}
 * @param anonymous   whether it is an unnamed source
 * @param description how the text describes an unnamed source ({@code a NATO diplomat}), or the
 *                    title of a named one, or {@code null}
 * @param person      whether it is a person (pronouns {@code he}/{@code she} can refer to it)
 * @param gender      the person's gender when known
 * @param head        the head noun of an anonymous description ({@code diplomat}), for later
 *                    references such as {@code the diplomat}; otherwise {@code null}
 */
public record Speaker(String name, boolean anonymous, String description, boolean person, Gender gender, String head) {

    /** No speaker known. */
    public static final Speaker UNKNOWN = new Speaker(null, false, null, false, Gender.UNKNOWN, null);

    /** Whether the speaker is named or an unnamed source (not unknown). */
    public boolean known() {
        return name != null || anonymous;
    }

    static Speaker named(String name, String role, boolean person, Gender gender) {
        return new Speaker(name, false, role, person, gender, null);
    }

    static Speaker anonymous(String description, String head) {
        return anonymous(description, head, false);
    }

    /**
     * An unnamed source; a {@code plural} one ({@code officials}, {@code people}) is no antecedent of he or she, a
     * singular one has the sex its noun gives ({@code a woman}, {@code his mother}; {@link WordNet#sexOf}).
     */
    static Speaker anonymous(String description, String head, boolean plural) {
        String sex = plural || head == null ? null : WordNet.sexOf(head.toLowerCase(java.util.Locale.ROOT));
        Gender gender = sex == null ? Gender.UNKNOWN : sex.equals("female") ? Gender.FEMALE : Gender.MALE;
        return new Speaker(null, true, description, !plural, gender, head);
    }
}
