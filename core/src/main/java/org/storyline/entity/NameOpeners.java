package org.storyline.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Sentence;
import org.storyline.model.Token;

/**
 * First names the tagger leaves out of a person's name ({@code Arcade} in {@code Arcade Joseph Comeaux Jr.}):
 * an untagged capitalised proper noun written right before the same name in at least two articles of a story,
 * and nowhere else in the story, is part of that name. A title ({@code Coroner}, {@code Mr.}) is not, nor is a
 * word the story also writes apart from the name ({@code Seahawk Julius Jones} beside {@code the Seahawks}...
 * and {@code Seahawk} before other names).
 */
final class NameOpeners {

    private static final int MIN_ARTICLES = 2;

    private final Set<String> openers;

    private NameOpeners(Set<String> openers) {
        this.openers = Set.copyOf(openers);
    }

    /** No openers: names as the tagger bounds them. */
    static final NameOpeners NONE = new NameOpeners(Set.of());

    /** The openers of the names of a story's {@code articles}. */
    static NameOpeners of(List<AnnotatedArticle> articles) {
        Map<String, Set<String>> articlesOf = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        Map<String, Integer> anywhere = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                List<Token> t = s.tokens();
                for (int i = 0; i < t.size(); i++) {
                    String word = t.get(i).text().toLowerCase(Locale.ROOT);
                    anywhere.merge(word, 1, Integer::sum);
                    if (i + 1 < t.size() && t.get(i + 1).ner().equals("PERSON") && candidate(t.get(i))) {
                        String key = key(t.get(i), t.get(i + 1));
                        articlesOf.computeIfAbsent(key, k -> new HashSet<>()).add(a.id());
                        before.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> out = new HashSet<>();
        articlesOf.forEach((k, v) -> {
            String word = k.substring(0, k.indexOf(' ')).toLowerCase(Locale.ROOT);
            if (v.size() >= MIN_ARTICLES && before.get(k).equals(anywhere.get(word))) {
                out.add(k);
            }
        });
        return new NameOpeners(out);
    }

    /** Whether {@code before} opens the name that starts with {@code first}. */
    boolean opens(Token before, Token first) {
        return !openers.isEmpty() && candidate(before) && openers.contains(key(before, first));
    }

    private static boolean candidate(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        return (t.ner().equals("O") || t.ner().equals("MISC")) && t.pos().equals("NNP") && t.isCapitalized() && t.text().length() > 1
                && !t.text().equals(t.text().toUpperCase(Locale.ROOT)) && !RoleFinder.isTitleWord(lower)
                && !NameParts.isHonorific(t.text()) && t.text().chars().allMatch(Character::isLetter);
    }

    private static String key(Token before, Token first) {
        return before.text() + " " + first.text();
    }
}
