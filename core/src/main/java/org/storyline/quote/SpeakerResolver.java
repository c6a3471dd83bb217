package org.storyline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.storyline.entity.EntityIndex;
import org.storyline.entity.Gender;
import org.storyline.entity.WordList;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Token;

/**
 * Turns the noun phrase next to a reporting verb into a {@link Speaker}: a person named in it (resolved to
 * the story's entity), a pronoun (resolved by the {@link Discourse}), an unnamed source kept as its
 * description, a title that fits exactly one person, or an organisation. Anything else is unknown.
 */
final class SpeakerResolver {

    private static final Set<String> ANONYMOUS_HEADS =
            WordList.lowerCaseSet(org.storyline.entity.EntityResolver.class, "anonymous-sources.txt");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "several", "two",
            "three", "second", "third", "other", "senior", "many");

    private final EntityIndex index;

    SpeakerResolver(EntityIndex index) {
        this.index = index;
    }

    /** The speaker a phrase names; pronouns and back-references go through {@code discourse}. */
    Speaker resolve(List<Token> np, String text, Discourse discourse, int position) {
        if (np.isEmpty()) {
            return Speaker.UNKNOWN;
        }
        if (np.size() == 1 && np.get(0).pos().equals("PRP")) {
            return pronoun(np.get(0).text(), discourse, position);
        }
        Speaker named = person(np, text);
        if (named.known()) {
            return named;
        }
        String phrase = text.substring(np.get(0).start(), np.get(np.size() - 1).end());
        String head = np.get(np.size() - 1).text().toLowerCase(Locale.ROOT);
        String first = np.get(0).text().toLowerCase(Locale.ROOT);
        if (ANONYMOUS_HEADS.contains(head) && !hasProperName(np)) {
            if (first.equals("the") || first.equals("this")) {
                Optional<Speaker> earlier = discourse.anonymousWithHead(head);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            if (INDEFINITE.contains(first) || first.equals("the")) {
                return Speaker.anonymous(lowerFirst(phrase), head);
            }
        }
        if (first.equals("the")) {
            Optional<Entity> titled = index.personByTitle(phrase);
            if (titled.isPresent()) {
                return named(titled.get());
            }
        }
        return organisation(np, text);
    }

    private Speaker pronoun(String word, Discourse discourse, int position) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "he":
                return discourse.antecedent(Gender.MALE, position);
            case "she":
                return discourse.antecedent(Gender.FEMALE, position);
            default:
                return Speaker.UNKNOWN;
        }
    }

    private Speaker person(List<Token> np, String text) {
        int end = np.size();
        while (end > 0) {
            while (end > 0 && !isNamePart(np.get(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && isNamePart(np.get(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            for (int s = start; s < end; s++) {
                String name = text.substring(np.get(s).start(), np.get(end - 1).end());
                Optional<Entity> e = index.person(name);
                if (e.isPresent()) {
                    return named(e.get());
                }
            }
            end = start;
        }
        return Speaker.UNKNOWN;
    }

    private static boolean isNamePart(Token t) {
        return t.ner().equals("PERSON") || t.pos().startsWith("NNP") && t.isCapitalized() && t.ner().equals("O");
    }

    private static boolean hasProperName(List<Token> np) {
        return np.stream().anyMatch(t -> t.ner().equals("PERSON"));
    }

    private Speaker organisation(List<Token> np, String text) {
        for (Token t : np) {
            if (!t.ner().equals("ORGANIZATION")) {
                continue;
            }
            for (Entity e : index.entities()) {
                if (e.type() == EntityType.ORG && e.variants().stream().anyMatch(v -> v.equalsIgnoreCase(t.text()))) {
                    return Speaker.named(e.name(), null, false, Gender.UNKNOWN);
                }
            }
        }
        return Speaker.UNKNOWN;
    }

    Speaker named(Entity e) {
        return Speaker.named(e.name(), e.role(), true, index.gender(e));
    }

    /** {@code A senior NATO official} at a sentence start becomes {@code a senior NATO official}. */
    private static String lowerFirst(String s) {
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        if (INDEFINITE.contains(first.toLowerCase(Locale.ROOT)) || first.equals("The")) {
            return first.toLowerCase(Locale.ROOT) + s.substring(first.length());
        }
        return s;
    }
}
