package org.storyline.clean;

import java.util.HashSet;
import java.util.Set;
import org.storyline.model.RemovalKind;

/** Drops a paragraph whose text, with whitespace folded, equals an earlier paragraph's. */
final class DuplicateParagraphs {

    /** The draft with every paragraph printed once. */
    Draft apply(Draft draft) {
        Set<String> seen = new HashSet<>();
        Set<Integer> repeats = new HashSet<>();
        for (int i = 0; i < draft.size(); i++) {
            String text = LineShape.folded(draft.text(i));
            if (!text.isEmpty() && !seen.add(text)) {
                repeats.add(i);
            }
        }
        return draft.drop(repeats, RemovalKind.DUPLICATE);
    }
}
