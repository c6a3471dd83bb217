package org.storyline.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Sentence;
import org.storyline.model.Token;

/**
 * Finds people referred to by title alone ({@code the Ukrainian president}, {@code the secretary general})
 * and resolves each to the one person of the story whose titles fit; a title that fits several people, or
 * none, or that stands before or beside a name ({@code the Ukrainian president Volodymyr …},
 * {@code Anna Berg, the U.S. ambassador,}), is left alone.
 */
public final class TitleReferences {

    private static final int MAX_WORDS = 5;

    /** The title-only references of {@code article} that {@code index} resolves, with their person. */
    public Map<Mention, Entity> find(AnnotatedArticle article, EntityIndex index) {
        Map<Mention, Entity> out = new LinkedHashMap<>();
        String text = article.text();
        for (Sentence s : article.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!t.get(i).text().toLowerCase(Locale.ROOT).equals("the")) {
                    continue;
                }
                int end = end(t, i + 1);
                if (end <= i + 1 || !RoleFinder.isRoleWord(t.get(end - 1).text().toLowerCase(Locale.ROOT))
                        || end < t.size() && isName(t.get(end)) || appositive(t, i, end)) {
                    continue;
                }
                String phrase = text.substring(t.get(i).start(), t.get(end - 1).end());
                Optional<Entity> person = index.personByTitle(phrase);
                if (person.isPresent()) {
                    out.put(new Mention(article.id(), phrase, EntityType.PERSON, t.get(i).start(), t.get(end - 1).end(),
                            s.index(), null), person.get());
                }
                i = end - 1;
            }
        }
        return out;
    }

    private static int end(List<Token> t, int from) {
        int j = from;
        while (j < t.size() && j - from < MAX_WORDS && !t.get(j).ner().equals("PERSON")
                && (t.get(j).isPos("JJ") || t.get(j).pos().equals("NN") || t.get(j).pos().equals("NNP"))) {
            j++;
        }
        return j;
    }

    /**
     * {@code NAME, the TITLE} or {@code the TITLE (of X), NAME}: the title is said of a name right beside
     * it, which is already the mention.
     */
    private static boolean appositive(List<Token> t, int the, int end) {
        if (the >= 2 && t.get(the - 1).text().equals(",") && isName(t.get(the - 2))) {
            return true;
        }
        int k = end;
        while (k < t.size() && k - end < 4 && (t.get(k).pos().equals("TO") || t.get(k).isPos("IN")
                || t.get(k).pos().startsWith("NNP") && !t.get(k).ner().equals("PERSON"))) {
            k++;
        }
        return k + 1 < t.size() && t.get(k).text().equals(",") && isName(t.get(k + 1));
    }

    private static boolean isName(Token t) {
        return t.ner().equals("PERSON") || t.pos().equals("NNP") && t.isCapitalized();
    }
}
