package org.storyline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Sentence;
import org.storyline.model.Token;

/**
 * A sentence splitter's output written by hand: {@code |} marks where the splitter broke, a blank line
 * starts a new paragraph. Tokens are words, figures and single punctuation marks; the marks are not part
 * of the text.
 */
record SplitterOutput(String text, List<Sentence> sentences) {

    private static final Pattern SEPARATE_STOPS = Pattern.compile("[\\p{L}\\p{N}]+(?:[-’'][\\p{L}\\p{N}]+)*|\\S");
    private static final Pattern ATTACHED_STOPS = Pattern.compile("[\\p{L}\\p{N}]+(?:[-’'][\\p{L}\\p{N}]+)*\\.?|\\S");

    /** {@code marked} split where marked, every full stop a token of its own ({@code U}, {@code .}). */
    static SplitterOutput of(String marked) {
        return parse(marked, SEPARATE_STOPS);
    }

    /** {@code marked} split where marked, a full stop kept on the word it follows ({@code U.}). */
    static SplitterOutput withAttachedStops(String marked) {
        return parse(marked, ATTACHED_STOPS);
    }

    /** The text of each sentence. */
    List<String> texts() {
        return sentences.stream().map(s -> s.text(text)).toList();
    }

    /** The text of each of {@code sentences}. */
    List<String> texts(List<Sentence> joined) {
        return joined.stream().map(s -> s.text(text)).toList();
    }

    private static SplitterOutput parse(String marked, Pattern tokens) {
        String text = marked.replace("|", "");
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        int paragraph = 0;
        int offset = 0;
        for (String piece : marked.split("\\|", -1)) {
            int start = offset;
            offset += piece.length();
            List<Token> found = new ArrayList<>();
            Matcher m = tokens.matcher(text).region(start, offset);
            while (m.find()) {
                found.add(new Token(m.group(), m.start(), m.end(), "X", m.group(), "O"));
            }
            if (found.isEmpty()) {
                continue;
            }
            if (text.substring(from, found.get(0).start()).contains("\n\n")) {
                paragraph++;
            }
            from = found.get(found.size() - 1).end();
            sentences.add(new Sentence(sentences.size(), paragraph, found.get(0).start(), from, found));
        }
        return new SplitterOutput(text, sentences);
    }
}
