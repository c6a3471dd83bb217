package org.storyline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.entity.NameWords;
import org.storyline.model.Token;

/**
 * Finds the noun phrase next to a reporting verb: its subject to the left ({@code a NATO diplomat said},
 * skipping adverbs (but a capitalised one right before the verb is a name the tagger took for an adverb:
 * {@code Early says}), auxiliaries ({@code has written}), a short parenthesis such as a party label and a comma-bounded appositive), or the inverted subject to the right
 * ({@code said Berg}, {@code says Berg to NTB}). Tokens inside quotes never belong to it.
 *
 * @param from first token, inclusive
 * @param to   last token, exclusive
 */
record NounPhrase(int from, int to) {

    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "POS", "HYPH");
    /**
     * How many tokens an apposition may run: a title, an affiliation and a relative clause ({@code , an expert in …
     * at the University of York who did not work on the study,}).
     */
    private static final int MAX_APPOSITIVE = 40;

    boolean isEmpty() {
        return to <= from;
    }

    List<Token> tokens(List<Token> all) {
        return all.subList(from, to);
    }

    /** The subject ending right before token {@code verb}, or an empty phrase. */
    static NounPhrase leftOf(List<Token> tokens, int verb, boolean[] quoted) {
        int i = verb - 1;
        if (i >= 0 && !quoted[i] && tokens.get(i).isPos("RB") && tokens.get(i).isCapitalized()
                && (i == 0 || !tokens.get(i - 1).isCapitalized())) {
            return new NounPhrase(i, i + 1);
        }
        if (i == 0 && !quoted[0] && SentenceTokens.nameTakenForVerb(tokens, 0)) {
            return new NounPhrase(0, 1);
        }
        while (i >= 0 && !quoted[i] && (tokens.get(i).isPos("RB") || isTimeWord(tokens.get(i)) || isAuxiliary(tokens.get(i)))) {
            if (i > 0 && tokens.get(i).isPos("RB") && tokens.get(i).isCapitalized() && !tokens.get(i - 1).isCapitalized()
                    && !tokens.get(i - 1).pos().equals(".")) {
                return new NounPhrase(i, i + 1);
            }
            i--;
        }
        i = skipParenthesis(tokens, i, quoted);
        if (i >= 0 && !quoted[i] && tokens.get(i).text().equals(",")) {
            NounPhrase appositive = appositiveBefore(tokens, i, quoted);
            if (appositive != null) {
                return appositive;
            }
            return new NounPhrase(verb, verb);
        }
        return nameBeforeAppositive(tokens, partitive(tokens, beforeRelativeClause(tokens, backward(tokens, i, quoted),
                quoted), quoted), quoted);
    }

    /**
     * A possessive written apart from its name ({@code Ms. Davis ’ s sister}, {@code Nichols ' parents}): an
     * apostrophe token followed by the possessive {@code s}.
     */
    private static boolean detachedPossessive(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        return (t.equals("’") || t.equals("'")) && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("POS");
    }

    /** {@code some of the protesters}, {@code one of the jurors}: a quantity of a group stands with the group. */
    private static NounPhrase partitive(List<Token> tokens, NounPhrase np, boolean[] quoted) {
        int of = np.from() - 1;
        if (np.isEmpty() || of < 1 || quoted[of - 1] || !tokens.get(of).text().equalsIgnoreCase("of")) {
            return np;
        }
        Token amount = tokens.get(of - 1);
        boolean quantity = QUANTITIES.contains(amount.text().toLowerCase(Locale.ROOT)) || amount.pos().equals("CD");
        return quantity ? new NounPhrase(of - 1, np.to()) : np;
    }

    /** Words that take a part of a group ({@code some of}, {@code many of}). */
    static final Set<String> QUANTITIES = Set.of("some", "many", "several", "one", "most", "few", "none", "each", "both",
            "all", "two", "three", "dozens", "hundreds", "thousands");

    /**
     * {@code A spokesperson who did not wish to be named because of agency policy said}: the phrase right before the
     * verb ends a relative clause on a person ({@code who} and a finite verb, no comma between), so the subject is
     * the phrase the clause describes.
     */
    private static NounPhrase beforeRelativeClause(List<Token> tokens, NounPhrase np, boolean[] quoted) {
        boolean finite = false;
        for (int i = np.from() - 1; i > 0 && np.from() - i <= MAX_APPOSITIVE && !quoted[i]; i--) {
            Token t = tokens.get(i);
            if (t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":")) {
                return np;
            }
            if (t.pos().equals("WP") && t.text().equalsIgnoreCase("who")) {
                NounPhrase antecedent = backward(tokens, i - 1, quoted);
                return finite && !antecedent.isEmpty() ? antecedent : np;
            }
            finite |= SentenceTokens.isFinite(t);
        }
        return np;
    }

    /**
     * {@code Robert McFarlane, an assistant state attorney general said}: an apposition whose closing comma is
     * missing; the name before it is the subject, not the description.
     */
    private static NounPhrase nameBeforeAppositive(List<Token> tokens, NounPhrase np, boolean[] quoted) {
        if (np.isEmpty() || np.from() < 2 || namesPerson(tokens, np)
                || tokens.subList(np.from(), np.to()).stream().noneMatch(t -> t.isPos("NN"))) {
            return np;
        }
        for (int i = np.from() - 1; i > 0 && np.from() - i <= MAX_APPOSITIVE && !quoted[i]; i--) {
            Token t = tokens.get(i);
            if (SentenceTokens.isFinite(t) || t.pos().startsWith("W")) {
                return np;
            }
            if (t.text().equals(",") && opensDescription(tokens.get(i + 1))) {
                NounPhrase name = backward(tokens, skipParenthesis(tokens, i - 1, quoted), quoted);
                if (!name.isEmpty() && headIsPerson(tokens, name)) {
                    return name;
                }
            }
        }
        return np;
    }

    /** Whether a word may open an apposition that describes someone ({@code a}, {@code the}, {@code his}, {@code senior}). */
    private static boolean opensDescription(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD");
    }

    /** Whether the phrase ends in a person's name ({@code Tim Morrison}, not {@code Vindman's superior}). */
    private static boolean headIsPerson(List<Token> tokens, NounPhrase np) {
        return tokens.get(np.to() - 1).ner().equals("PERSON");
    }

    /** The inverted subject starting right after token {@code verb}, or an empty phrase. */
    static NounPhrase rightOf(List<Token> tokens, int verb, boolean[] quoted) {
        int i = verb + 1;
        while (i < tokens.size() && !quoted[i] && tokens.get(i).isPos("RB") && !tokens.get(i).isCapitalized()) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).pos().equals("PRP") && !quoted[i]) {
            return new NounPhrase(i, i + 1);
        }
        if (i < tokens.size() && !quoted[i] && tokens.get(i).isCapitalized() && !NP_TAGS.contains(tokens.get(i).pos())
                && (i + 1 == tokens.size() || !Character.isLetterOrDigit(tokens.get(i + 1).text().charAt(0)))) {
            return new NounPhrase(i, i + 1);
        }
        if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("that")) {
            return new NounPhrase(i, i);
        }
        int start = i;
        if (i < tokens.size() && !quoted[i] && tokens.get(i).pos().equals("PRP$")) {
            i++;
        }
        while (i < tokens.size() && !quoted[i] && (NP_TAGS.contains(tokens.get(i).pos()) || detachedPossessive(tokens, i))) {
            i += detachedPossessive(tokens, i) ? 2 : 1;
        }
        int end = toPersonAhead(tokens, start, i, quoted);
        if (end > start && end < tokens.size() && !quoted[end] && SentenceTokens.isFinite(tokens.get(end))) {
            return new NounPhrase(start, start);
        }
        return nameInAppositive(tokens, new NounPhrase(start, withComplement(tokens, start, end, quoted)), quoted);
    }

    /**
     * The end of a description of an unnamed source carried over its prepositional complement
     * ({@code researchers at software security firm Trend Micro}, {@code a spokesman for the ministry}, {@code a
     * survey by Jo Berg}); a
     * phrase that names a person ends where it ends.
     */
    private static int withComplement(List<Token> tokens, int start, int end, boolean[] quoted) {
        if (end <= start || end + 1 >= tokens.size() || quoted[end] || namesPerson(tokens, new NounPhrase(start, end))
                || !tokens.get(end - 1).isPos("NN") || tokens.get(end - 1).pos().startsWith("NNP")
                || !COMPLEMENT.contains(tokens.get(end).text().toLowerCase(java.util.Locale.ROOT))
                && !tokens.get(end).text().equalsIgnoreCase("by")) {
            return end;
        }
        int i = end + 1;
        while (i < tokens.size() && !quoted[i] && NP_TAGS.contains(tokens.get(i).pos())) {
            i++;
        }
        return i > end + 1 ? i : end;
    }

    /**
     * {@code according to his aunt, Jane Starner,}: a description followed by an apposition that names a person;
     * the name is the subject.
     */
    private static NounPhrase nameInAppositive(List<Token> tokens, NounPhrase np, boolean[] quoted) {
        int comma = np.to();
        if (np.isEmpty() || namesPerson(tokens, np) || comma + 1 >= tokens.size() || quoted[comma]
                || !tokens.get(comma).text().equals(",")) {
            return np;
        }
        int end = comma + 1;
        while (end < tokens.size() && !quoted[end] && tokens.get(end).ner().equals("PERSON")) {
            end++;
        }
        boolean closed = end == tokens.size() || tokens.get(end).text().equals(",") || tokens.get(end).pos().equals(".")
                || quoted[end];
        return end > comma + 1 && closed ? new NounPhrase(comma + 1, end) : np;
    }

    /**
     * The end of an inverted subject whose title holds a word the tagger took for a verb ({@code said Acme
     * advanced threat researcher Jo Berg}): past that word to the person's name, when a name follows within a
     * few words with no punctuation between; otherwise {@code end} unchanged.
     */
    private static int toPersonAhead(List<Token> tokens, int start, int end, boolean[] quoted) {
        if (end <= start || tokens.subList(start, end).stream().anyMatch(t -> t.ner().equals("PERSON"))) {
            return end;
        }
        for (int j = end; j < tokens.size() && j - start < MAX_TITLE_WORDS && !quoted[j]; j++) {
            Token t = tokens.get(j);
            if (t.ner().equals("PERSON")) {
                int last = j;
                while (last + 1 < tokens.size() && !quoted[last + 1] && tokens.get(last + 1).ner().equals("PERSON")) {
                    last++;
                }
                return last + 1;
            }
            boolean titleWord = NP_TAGS.contains(t.pos()) || t.pos().equals("VBN") || t.pos().equals("VBD")
                    || t.pos().equals("VBG") || t.text().equals("and") && j > start || personNounTakenForVerb(t);
            if (!titleWord || t.pos().equals("POS")) {
                return end;
            }
        }
        return end;
    }

    private static final int MAX_TITLE_WORDS = 10;

    /** {@code communications head} tagged as a verb: a present-tense form that is the head word of a title. */
    private static boolean personNounTakenForVerb(Token t) {
        return (t.pos().equals("VBP") || t.pos().equals("VBZ")) && NameWords.isRoleWord(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * The noun phrase ending at {@code last}: a pronoun, or a run of noun-phrase tokens that starts at its
     * last determiner ({@code On Monday a senior diplomat} gives {@code a senior diplomat}), extended over a
     * prepositional complement to its head ({@code a spokesman for Berg}). After {@code , who} it is the
     * phrase the relative clause belongs to ({@code Sand, who said}).
     */
    private static NounPhrase backward(List<Token> tokens, int last, boolean[] quoted) {
        if (last < 0 || quoted[last]) {
            return new NounPhrase(0, 0);
        }
        Token t = tokens.get(last);
        if (t.pos().equals("WP") && last >= 2 && tokens.get(last - 1).text().equals(",")) {
            return backward(tokens, last - 2, quoted);
        }
        if (t.pos().equals("PRP")) {
            return new NounPhrase(last, last + 1);
        }
        int i = last;
        while (i >= 0 && !quoted[i] && NP_TAGS.contains(tokens.get(i).pos())) {
            i -= i > 0 && detachedPossessive(tokens, i - 1) ? 2 : 1;
        }
        int from = i + 1;
        for (int d = last; d > from; d--) {
            if (tokens.get(d).pos().equals("DT")) {
                from = d;
                break;
            }
        }
        if (from == i + 1 && i >= 0 && !quoted[i] && tokens.get(i).pos().equals("PRP$") && from <= last) {
            from = i;
            i--;
        }
        boolean extendable = from == i + 1 && from <= last && i >= 1;
        if (extendable && COMPLEMENT.contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT))
                && !quoted[i - 1] && tokens.get(i - 1).isPos("NN")) {
            NounPhrase head = backward(tokens, i - 1, quoted);
            if (!head.isEmpty()) {
                from = head.from();
            }
        }
        return new NounPhrase(from, last + 1);
    }

    /** {@code has}, {@code had}, {@code would}: an auxiliary between subject and verb ({@code Berg has written}). */
    static boolean isAuxiliary(Token t) {
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(java.util.Locale.ROOT);
        return t.pos().equals("MD") || t.isPos("VB") && (lemma.equals("have") || lemma.equals("do"));
    }

    /** {@code today}, {@code Monday}: a time word between subject and verb ({@code Berg today said}). */
    static boolean isTimeWord(Token t) {
        return TIME_WORDS.contains(t.text().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tomorrow", "tonight", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "again");
    private static final Set<String> COMPLEMENT = Set.of("for", "of", "at", "from", "to", "in", "inside");

    /** {@code NP, appositive, VERB}: the appositive when it names a person, else the phrase before it. */
    private static NounPhrase appositiveBefore(List<Token> tokens, int comma, boolean[] quoted) {
        int open = comma - 1;
        while (open >= 0 && comma - open <= MAX_APPOSITIVE && !quoted[open] && !tokens.get(open).text().equals(",")) {
            open--;
        }
        if (open < 0 || quoted[open] || !tokens.get(open).text().equals(",")) {
            return null;
        }
        NounPhrase inner = backward(tokens, comma - 1, quoted);
        if (inner.from() == open + 1 && !inner.isEmpty() && headIsPerson(tokens, inner)) {
            return inner;
        }
        int last = skipParenthesis(tokens, open - 1, quoted);
        NounPhrase before = complementOf(tokens, backward(tokens, last, quoted), quoted);
        if (!before.isEmpty() && !namesPerson(tokens, before) && before.from() > 0 && !quoted[before.from() - 1]
                && tokens.get(before.from() - 1).text().equals(",")) {
            NounPhrase name = backward(tokens, skipParenthesis(tokens, before.from() - 2, quoted), quoted);
            if (!name.isEmpty() && namesPerson(tokens, name)) {
                return name;
            }
        }
        return before.isEmpty() ? null : before;
    }

    /**
     * {@code source inside the Rukban camp}: a phrase that is the prepositional complement of a common noun before
     * it stands with that noun, which is the head; any other phrase stands alone.
     */
    private static NounPhrase complementOf(List<Token> tokens, NounPhrase np, boolean[] quoted) {
        int prep = np.from() - 1;
        if (np.isEmpty() || prep < 1 || quoted[prep] || namesPerson(tokens, np)
                || !COMPLEMENT.contains(tokens.get(prep).text().toLowerCase(java.util.Locale.ROOT))) {
            return np;
        }
        NounPhrase head = backward(tokens, prep - 1, quoted);
        Token last = head.isEmpty() ? null : tokens.get(head.to() - 1);
        return last != null && last.isPos("NN") && !last.pos().startsWith("NNP") ? new NounPhrase(head.from(), np.to()) : np;
    }

    private static boolean namesPerson(List<Token> tokens, NounPhrase np) {
        return tokens.subList(np.from(), np.to()).stream().anyMatch(t -> t.ner().equals("PERSON"));
    }

    /**
     * The token before a short parenthesis that ends at {@code i} ({@code Rep. Jo Berg (R-AL)}), or {@code i}
     * when no parenthesis ends there.
     */
    private static int skipParenthesis(List<Token> tokens, int i, boolean[] quoted) {
        if (i <= 0 || quoted[i] || !tokens.get(i).pos().equals("-RRB-")) {
            return i;
        }
        int open = i - 1;
        while (open >= 0 && i - open <= 6 && !tokens.get(open).pos().equals("-LRB-")) {
            open--;
        }
        return open > 0 && tokens.get(open).pos().equals("-LRB-") ? open - 1 : i;
    }
}
