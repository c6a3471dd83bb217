package org.storyline.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.RemovalKind;

/**
 * Drops a paragraph printed a second time: the same text (whitespace folded) right after itself or a few
 * paragraphs on, or a long paragraph repeated once anywhere. Lines that recur through an article are its
 * structure, not a printing error (the same question put to each interviewee, table cells), and short
 * lines (under {@value #MIN_WORDS} words) may repeat as cells of tables or items of lists; those stay.
 */
final class DuplicateParagraphs {

    /** Fewest words of a paragraph that counts as printed twice. */
    static final int MIN_WORDS = 5;
    /** Fewest words of a repeat that counts however far from the first print. */
    static final int LONG_WORDS = 20;
    /** How many paragraphs after its first print a short repeat may stand. */
    static final int NEAR = 3;

    /** The draft with every paragraph printed once. */
    Draft apply(Draft draft) {
        Map<String, List<Integer>> prints = new HashMap<>();
        for (int i = 0; i < draft.size(); i++) {
            String text = LineShape.folded(draft.text(i));
            if (LineShape.words(text) >= MIN_WORDS) {
                prints.computeIfAbsent(text, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Integer> repeats = new HashSet<>();
        for (Map.Entry<String, List<Integer>> e : prints.entrySet()) {
            List<Integer> at = e.getValue();
            if (at.size() != 2) {
                continue;
            }
            boolean near = at.get(1) - at.get(0) <= NEAR;
            if (near || LineShape.words(e.getKey()) >= LONG_WORDS) {
                repeats.add(at.get(1));
            }
        }
        return draft.drop(repeats, RemovalKind.DUPLICATE);
    }
}
