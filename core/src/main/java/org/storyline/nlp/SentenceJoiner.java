package org.storyline.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Sentence;
import org.storyline.model.Token;

/**
 * Repairs a sentence splitter's output: joins adjacent sentences whose break is not a sentence end (a
 * {@link FalseBreak}: inside a number, after an initial or a title, before a lower-case word, around stray
 * punctuation). Sentences of different paragraphs, or with a line break between them, are never joined.
 * The text is not changed; tokens are kept as they are.
 */
public final class SentenceJoiner {

    private SentenceJoiner() {
    }

    /**
     * {@code sentences} with every false break joined, numbered again from 0.
     *
     * @param text      the text the sentences' offsets point into
     * @param sentences the splitter's sentences of {@code text}, in order
     * @return the joined sentences, in order
     */
    public static List<Sentence> join(String text, List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>();
        Sentence open = null;
        for (Sentence next : sentences) {
            if (open != null && falseBreak(text, open, next).isPresent()) {
                open = merged(open, next);
                continue;
            }
            if (open != null) {
                out.add(renumbered(open, out.size()));
            }
            open = next;
        }
        if (open != null) {
            out.add(renumbered(open, out.size()));
        }
        return out;
    }

    /**
     * Why the break between adjacent sentences {@code before} and {@code after} is not a sentence end: the
     * first {@link FalseBreak} that applies, or empty when it is a real end, when the sentences are in
     * different paragraphs or when a line break separates them.
     */
    public static Optional<FalseBreak> falseBreak(String text, Sentence before, Sentence after) {
        if (before.paragraph() != after.paragraph() || crossesLine(text, before, after)) {
            return Optional.empty();
        }
        return Arrays.stream(FalseBreak.values()).filter(b -> b.applies(before, after)).findFirst();
    }

    private static boolean crossesLine(String text, Sentence before, Sentence after) {
        return text.substring(before.end(), after.start()).chars().anyMatch(c -> c == '\n' || c == '\r');
    }

    private static Sentence merged(Sentence before, Sentence after) {
        List<Token> tokens = new ArrayList<>(before.tokens());
        tokens.addAll(after.tokens());
        return new Sentence(before.index(), before.paragraph(), before.start(), after.end(), tokens);
    }

    private static Sentence renumbered(Sentence s, int index) {
        return s.index() == index ? s : new Sentence(index, s.paragraph(), s.start(), s.end(), s.tokens());
    }
}
