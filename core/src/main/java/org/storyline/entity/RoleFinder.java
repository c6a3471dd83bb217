package org.storyline.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.internal.WordList;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * Finds the title written next to a name: before it ({@code NATO Secretary General Anna Berg},
 * {@code the U.S. Secretary of Defense, Lloyd Austin}) or in an appositive after it
 * ({@code Anna Berg, the U.S. ambassador to NATO,}). A title must hold a role word
 * ({@code role-words.txt}).
 */
final class RoleFinder {

    private static final Set<String> ROLE_WORDS = WordList.lowerCaseSet(RoleFinder.class, "role-words.txt");
    private static final Set<String> LINKS = Set.of("of", "to", "for", "'s", "’s", "-");
    private static final int MAX_TOKENS = 8;

    private RoleFinder() {
    }

    /**
     * Where the title of the name at tokens {@code [from, to)} of {@code tokens} stands in {@code text},
     * or {@code null}.
     */
    static Span roleOf(List<Token> tokens, int from, int to, String text) {
        int start = runBackward(tokens, from - 1);
        if (start < from) {
            Span role = role(tokens, start, from, text);
            if (role != null) {
                return role;
            }
        }
        // "the ROLE, NAME" as an apposition: the name closes with a comma or ends the sentence
        if (from >= 2 && tokens.get(from - 1).text().equals(",") && closesApposition(tokens, to)) {
            int s = runBackward(tokens, from - 2);
            if (s < from - 1 && s > 0 && tokens.get(s - 1).pos().equals("DT")) {
                Span role = role(tokens, s, from - 1, text);
                if (role != null) {
                    return role;
                }
            }
        }
        // "NAME, the ROLE," or "NAME, the ROLE." at the sentence end
        if (to + 2 < tokens.size() && tokens.get(to).text().equals(",") && tokens.get(to + 1).pos().equals("DT")) {
            int end = runForward(tokens, to + 2);
            if (end > to + 2 && closesApposition(tokens, end)) {
                return role(tokens, to + 2, end, text);
            }
        }
        return null;
    }

    private static boolean closesApposition(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return true;
        }
        String t = tokens.get(at).text();
        return t.equals(",") || at == tokens.size() - 1 && (t.equals(".") || t.equals("!") || t.equals("?"));
    }

    private static int runBackward(List<Token> tokens, int last) {
        int i = last;
        while (i >= 0 && last - i < MAX_TOKENS && fits(tokens.get(i))) {
            i--;
        }
        return i + 1;
    }

    private static int runForward(List<Token> tokens, int first) {
        int i = first;
        while (i < tokens.size() && i - first < MAX_TOKENS && fits(tokens.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean fits(Token t) {
        if (t.ner().equals("PERSON")) {
            return false;
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        return isTitleWord(lower) || LINKS.contains(lower) || t.pos().equals("POS")
                || t.pos().startsWith("NNP") || t.pos().startsWith("JJ") || !t.ner().equals("O");
    }

    private static Span role(List<Token> tokens, int from, int to, String text) {
        while (from < to && (LINKS.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))
                || tokens.get(from).pos().equals("POS"))) {
            from++;
        }
        while (to > from && LINKS.contains(tokens.get(to - 1).text().toLowerCase(Locale.ROOT))) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        boolean hasRole = tokens.subList(from, to).stream().anyMatch(t -> isRoleWord(t.text().toLowerCase(Locale.ROOT)));
        return hasRole ? new Span(tokens.get(from).start(), tokens.get(to - 1).end()) : null;
    }

    /** Whether {@code lowerWord} (or one of its hyphen parts) may stand in a title, modifiers included. */
    static boolean isTitleWord(String lowerWord) {
        for (String part : lowerWord.split("-")) {
            if (ROLE_WORDS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lowerWord} (or one of its hyphen parts) is a role word, ignoring weak modifiers. */
    static boolean isRoleWord(String lowerWord) {
        for (String part : lowerWord.split("-")) {
            if (ROLE_WORDS.contains(part) && !MODIFIERS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MODIFIERS = Set.of("new", "former", "ex", "acting", "incoming", "outgoing",
            "deputy", "foreign", "defense", "defence", "interior", "finance", "vice", "prime");
}
