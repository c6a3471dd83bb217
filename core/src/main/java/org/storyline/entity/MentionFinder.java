package org.storyline.entity;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * Finds the names of people, organisations and places in an annotated article: runs of tokens with
 * one NER tag, with the title written next to people. A place written as a state ({@code Washington
 * state}, {@code the state of Washington}) is named so, apart from the city of the same name. Nationality adjectives and other miscellaneous
 * names are not entities here; pronouns never are.
 */
public final class MentionFinder {

    /** The mentions of {@code article}, in text order. */
    public List<Mention> find(AnnotatedArticle article) {
        return find(article, NameOpeners.NONE);
    }

    /** The mentions of {@code article}, in text order, names opened by the first names of {@code openers}. */
    List<Mention> find(AnnotatedArticle article, NameOpeners openers) {
        List<Mention> out = new ArrayList<>();
        String text = article.text();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                EntityType type = typeOf(tokens.get(i));
                if (type == null) {
                    i++;
                    continue;
                }
                String tag = tokens.get(i).ner();
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).ner().equals(tag)) {
                    j++;
                }
                if (type == EntityType.PERSON) {
                    int[] bounds = PersonNameBounds.of(tokens, i, j, openers);
                    if (bounds[0] < bounds[1]) {
                        addPerson(out, article, s, bounds[0], bounds[1]);
                    }
                    i = Math.max(j, bounds[1]);
                    continue;
                }
                int first = i;
                if (type == EntityType.PLACE) {
                    if (j < tokens.size() && tokens.get(j).text().equals("state")) {
                        j++;
                    } else if (i >= 2 && tokens.get(i - 1).text().equals("of")
                            && tokens.get(i - 2).text().equalsIgnoreCase("state")) {
                        first = i - 2;
                    }
                }
                int start = tokens.get(first).start();
                int end = PersonNameBounds.endOf(tokens.get(j - 1));
                if (isName(tokens.get(i).text())) {
                    out.add(new Mention(article.id(), text.substring(start, end), type, start, end, s.index(), null, null));
                }
                i = j;
            }
        }
        return SurnameMentions.complete(article, out);
    }

    private static void addPerson(List<Mention> out, AnnotatedArticle article, Sentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        String text = article.text();
        int start = tokens.get(from).start();
        int end = PersonNameBounds.endOf(tokens.get(to - 1));
        String name = text.substring(start, end);
        if (isName(name) && NameParts.of(name).words().stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
            Span role = RoleFinder.roleOf(tokens, from, to, text);
            out.add(new Mention(article.id(), name, EntityType.PERSON, start, end, s.index(),
                    role == null ? null : role.of(text), role));
        }
    }

    private static EntityType typeOf(Token t) {
        switch (t.ner()) {
            case "PERSON":
                return EntityType.PERSON;
            case "ORGANIZATION":
                return EntityType.ORG;
            case "LOCATION":
                return t.pos().startsWith("NNP") ? EntityType.PLACE : null;
            default:
                return null;
        }
    }

    private static boolean isName(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0)) && name.chars().anyMatch(Character::isLetter);
    }
}
