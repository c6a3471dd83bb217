package org.storyline.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.lexicon.WordNet;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Sentence;
import org.storyline.model.Token;

/**
 * The later references by family name that the tagger missed. News names a person in full first and by family
 * name after ({@code The 76ers fired coach Maurice Cheeks on Saturday ... Cheeks was replaced by ...}); a family
 * name that is also a common word ({@code Cheeks}, {@code Page}, {@code Felt}) is often left untagged, or tagged a
 * common noun. A capitalised proper-noun token (or a capitalised common noun inside running text), not part of a
 * longer name, that spells the family name of a person the article has already named in full is a mention of a
 * person; a courtesy title before it is part of it.
 */
final class SurnameMentions {

    private SurnameMentions() {
    }

    /**
     * {@code found} with the missed full names and family-name references of {@code article} added, in text
     * order.
     */
    static List<Mention> complete(AnnotatedArticle article, List<Mention> found) {
        return familyNames(article, fullNames(article, familyNamesFirst(article, found)));
    }

    /**
     * A given name tagged as a person whose family name, written first, the tagger left out: {@code He Jianxiong,
     * the former executive director}, where {@code He} looks like a pronoun, but a pronoun is never directly
     * followed by a name. The word before must be a family name that is written first ({@code He}, {@code Ma},
     * {@code Li}) and the name must read family name first.
     */
    private static List<Mention> familyNamesFirst(AnnotatedArticle article, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        String text = article.text();
        for (Mention m : found) {
            Mention extended = m;
            if (m.type() == EntityType.PERSON && !m.text().contains(" ")) {
                List<Token> t = article.sentences().get(m.sentence()).tokens();
                int i = indexAt(t, m.start());
                if (i > 0 && t.get(i - 1).isCapitalized() && t.get(i - 1).ner().equals("O")
                        && (i == 1 || !LoneWords.isProperName(t.get(i - 2)))
                        && NameParts.readsFamilyFirst(t.get(i - 1).text() + " " + m.text())) {
                    int start = t.get(i - 1).start();
                    extended = new Mention(m.article(), text.substring(start, m.end()), m.type(), start, m.end(),
                            m.sentence(), m.role(), m.roleSpan());
                }
            }
            out.add(extended);
        }
        return out;
    }

    private static int indexAt(List<Token> tokens, int start) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The full names the tagger missed ({@code Vasek Pospisil edged Reilly Opelka 7-6}, with {@code Opelka said}
     * tagged later): two capitalised proper nouns outside every mention, a first name of the name list (or a word
     * WordNet does not know) and the family name of a person the article writes alone.
     */
    private static List<Mention> fullNames(AnnotatedArticle article, List<Mention> found) {
        Set<String> alone = new HashSet<>();
        for (Mention m : found) {
            NameParts p = m.type() == EntityType.PERSON ? NameParts.of(m.text()) : null;
            if (p != null && p.isSurnameOnly()) {
                alone.add(p.surnameKey());
            }
        }
        if (alone.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        String text = article.text();
        for (Sentence s : article.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                Token given = t.get(i);
                boolean missed = given.ner().equals("O") && LoneWords.isProperName(given)
                        && !LoneWords.covered(found, given) && LoneWords.lone(t, i + 1, true, found)
                        && (FirstNameGenders.isFirstName(given.text())
                        || !WordNet.knows(given.text().toLowerCase(Locale.ROOT)))
                        && alone.contains(NameParts.of(t.get(i + 1).text()).surnameKey());
                if (missed && (i == 0 || !LoneWords.isProperName(t.get(i - 1)))) {
                    out.add(new Mention(article.id(), text.substring(given.start(), t.get(i + 1).end()), EntityType.PERSON,
                            given.start(), t.get(i + 1).end(), s.index(), null, null));
                    i++;
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static List<Mention> familyNames(AnnotatedArticle article, List<Mention> found) {
        Map<String, Integer> namedBy = new HashMap<>();
        for (Mention m : found) {
            NameParts p = m.type() == EntityType.PERSON ? NameParts.of(m.text()) : null;
            if (p != null && p.isFull()) {
                namedBy.merge(p.surnameKey(), m.end(), Math::min);
            }
        }
        if (namedBy.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        String text = article.text();
        for (Sentence s : article.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                if (!LoneWords.lone(t, i, true, found)
                        && !(LoneWords.lone(t, i, false, found) && LoneWords.inRunningText(t, i))) {
                    continue;
                }
                Integer namedAt = namedBy.get(NameParts.of(tok.text()).surnameKey());
                if (namedAt == null || namedAt > tok.start()) {
                    continue;
                }
                int from = i > 0 && NameParts.isHonorific(t.get(i - 1).text()) ? i - 1 : i;
                boolean glued = from > 0 && LoneWords.isProperName(t.get(from - 1));
                if (!glued) {
                    int start = t.get(from).start();
                    out.add(new Mention(article.id(), text.substring(start, tok.end()), EntityType.PERSON, start,
                            tok.end(), s.index(), null, null));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }


}
