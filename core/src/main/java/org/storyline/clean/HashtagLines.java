package org.storyline.clean;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.model.RemovalKind;

/** Drops share lines made only of hashtags ({@code #defence #winter}). */
final class HashtagLines {

    private static final Pattern HASHTAGS =
            Pattern.compile("\\s*#[\\p{L}\\p{N}_]+(?:[\\s,;]+#[\\p{L}\\p{N}_]+)*[\\s,;]*");

    /** The draft without its hashtag lines. */
    Draft apply(Draft draft) {
        Set<Integer> lines = new HashSet<>();
        for (int i = 0; i < draft.size(); i++) {
            if (isHashtagLine(draft.text(i))) {
                lines.add(i);
            }
        }
        return draft.drop(lines, RemovalKind.HASHTAGS);
    }

    /** Whether {@code line} holds hashtags and nothing else. */
    static boolean isHashtagLine(String line) {
        return HASHTAGS.matcher(line).matches();
    }
}
