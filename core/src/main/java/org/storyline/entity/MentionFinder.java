package org.storyline.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.internal.WordList;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * Finds the names of people, organisations and places in an annotated article: runs of tokens with
 * one NER tag, with the title written next to people. A place written as a state ({@code Washington
 * state}, {@code the state of Washington}) is named so, apart from the city of the same name. A numbered street
 * ({@code 117th Street}) and a mountain the tagger takes for a person ({@code Mt Cook}) are places. An organisation's
 * name the tagger split at its {@code and} is one name when the article writes its acronym ({@code Customs and Border
 * Protection}, {@code CBP}). Nationality adjectives and other miscellaneous names are not entities here; pronouns
 * never are.
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
        Set<String> written = acronymsWritten(article);
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int street = Math.max(streetEnd(tokens, i), mountEnd(tokens, i));
                if (street > i) {
                    int start = tokens.get(i).start();
                    int end = tokens.get(street - 1).end();
                    out.add(new Mention(article.id(), text.substring(start, end), EntityType.PLACE, start, end, s.index(),
                            null, null));
                    i = street;
                    continue;
                }
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
                    int company = bounds[1] > bounds[0] + 1 ? companyWordAfter(tokens, bounds[1] - 1) : -1;
                    company = company > 0 ? company : companyWordAfter(tokens, bounds[1]);
                    if (bounds[0] < bounds[1] && company > 0) {
                        int start = tokens.get(bounds[0]).start();
                        int end = tokens.get(company - 1).end();
                        out.add(new Mention(article.id(), text.substring(start, end), EntityType.ORG, start, end,
                                s.index(), null, null));
                        i = company;
                        continue;
                    }
                    if (bounds[0] < bounds[1]) {
                        addPerson(out, article, s, bounds[0], bounds[1]);
                    }
                    i = Math.max(j, bounds[1]);
                    continue;
                }
                if (type == EntityType.ORG) {
                    j = joinedByAcronym(tokens, i, j, written, text);
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

    /**
     * The end of an organisation's name the tagger split at its {@code and} ({@code Customs} / {@code Border
     * Protection}): the end of the second part when the article writes the acronym of the whole
     * ({@code CBP}); else {@code end}, the end of the first part.
     */
    private static int joinedByAcronym(List<Token> tokens, int from, int end, Set<String> written, String text) {
        if (end + 1 >= tokens.size() || !(tokens.get(end).text().equals("and") || tokens.get(end).text().equals("&"))
                || !tokens.get(end + 1).ner().equals("ORGANIZATION")) {
            return end;
        }
        int k = end + 1;
        while (k < tokens.size() && tokens.get(k).ner().equals("ORGANIZATION")) {
            k++;
        }
        String whole = text.substring(tokens.get(from).start(), tokens.get(k - 1).end());
        return written.contains(OrgNames.acronym(whole)) ? k : end;
    }

    /** The acronyms an article writes: words of two to six capitals. */
    private static Set<String> acronymsWritten(AnnotatedArticle article) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                if (OrgNames.isAcronym(t.text())) {
                    out.add(t.text());
                }
            }
        }
        return out;
    }

    /**
     * The end of a person's name that ends or goes on with a company word ({@code Dick Clark Productions}): the token
     * after that word, or -1 when the token at {@code i} is none.
     */
    private static int companyWordAfter(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).isCapitalized()
                && COMPANY_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) ? i + 1 : -1;
    }

    private static final Set<String> COMPANY_WORDS =
            WordList.lowerCaseSet(MentionFinder.class, "company-words.txt");

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

    private static final Set<String> MOUNT = Set.of("Mt", "Mt.", "Mount");
    private static final Set<String> STREETS = Set.of("Street", "St.", "Avenue", "Ave.", "Road",
            "Rd.", "Boulevard", "Blvd.", "Lane", "Drive", "Place");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Set<String> DIRECTIONS = Set.of("East", "West", "North", "South");

    /**
     * The end of a numbered street that starts at token {@code i} ({@code 117th Street}, {@code East 52nd Street},
     * {@code 97th Avenue}), which the tagger misses or cuts for its number; {@code i} when there is none.
     */
    private static int streetEnd(List<Token> tokens, int i) {
        int k = i < tokens.size() && DIRECTIONS.contains(tokens.get(i).text()) ? i + 1 : i;
        if (k + 1 < tokens.size() && ORDINAL.matcher(tokens.get(k).text()).matches()
                && STREETS.contains(tokens.get(k + 1).text())) {
            return k + 2;
        }
        return i;
    }

    /**
     * The end of a mountain's name that starts at token {@code i} ({@code Mt Cook}, {@code Mount Cook}), whose
     * name the tagger takes for a person's or leaves untagged; {@code i} when there is none.
     */
    private static int mountEnd(List<Token> tokens, int i) {
        if (!MOUNT.contains(tokens.get(i).text()) || tokens.get(i).ner().equals("ORGANIZATION")) {
            return i;
        }
        int k = i + 1;
        while (k < tokens.size() && tokens.get(k).pos().startsWith("NNP") && tokens.get(k).isCapitalized()
                && !tokens.get(k).ner().equals("ORGANIZATION")) {
            k++;
        }
        return k > i + 1 ? k : i;
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
