package org.storyline.bench.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyline.bench.synthetic.Universe;
import org.storyline.cluster.StreamArticle;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Sentence;
import org.storyline.model.Token;
import org.storyline.text.ContentTerms;

/**
 * A real annotated article, kept small, from which its copy in any {@link Universe} is made on demand: in
 * universe {@code k} every proper-noun token (POS {@code NNP}, {@code NNPS}) with a letter gets the universe's
 * suffix on its text and lemma, the content terms are taken again as {@link StreamArticle#of} takes them, the
 * ids get {@code ~k} and the day moves {@code k} universes later (an undated article gets the universe's
 * {@link Universe#UNDATED_DAY}).
 *
 * @param id          the real article's id
 * @param day         its publication day, or {@code null} when unknown
 * @param duplicateOf the id of the real article it reprints, or {@code null}
 * @param event       its gold event, or {@code null} when the input gives none
 * @param sentences   per sentence, the tokens that give content terms, and the proper nouns (which may once renamed)
 */
public record RealArticle(String id, LocalDate day, String duplicateOf, String event, List<List<Token>> sentences) {

    /** Validates and copies. */
    public RealArticle {
        Objects.requireNonNull(id, "id");
        sentences = sentences.stream().map(List::copyOf).toList();
    }

    /** The small form of {@code article}, with its gold {@code event} (or {@code null}). */
    public static RealArticle of(AnnotatedArticle article, String event) {
        StreamArticle real = StreamArticle.of(article);
        List<List<Token>> sentences = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            sentences.add(s.tokens().stream().filter(RealArticle::mayBeContent).toList());
        }
        return new RealArticle(real.id(), real.day(), real.duplicateOf(), event, sentences);
    }

    /** Its copy in {@code universe}, as the stream sees it. */
    public StreamArticle in(Universe universe) {
        String suffix = universe.suffix();
        List<String> terms = new ArrayList<>();
        for (List<Token> sentence : sentences) {
            terms.addAll(ContentTerms.of(suffix.isEmpty() ? sentence : renamed(sentence, suffix)));
        }
        return new StreamArticle(idIn(id, universe), terms, universe.moveDay(day), idIn(duplicateOf, universe));
    }

    /** Its gold event in {@code universe}, or {@code null} when it has none. */
    public String eventIn(Universe universe) {
        return idIn(event, universe);
    }

    /** {@code tokens} with {@code suffix} added to the text and lemma of each proper noun that has a letter. */
    static List<Token> renamed(List<Token> tokens, String suffix) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            boolean name = t.isPos("NNP") && t.text().chars().anyMatch(Character::isLetter);
            out.add(name ? new Token(t.text() + suffix, t.start(), t.end(), t.pos(),
                    t.lemma() == null ? null : t.lemma() + suffix, t.ner()) : t);
        }
        return out;
    }

    /** {@code id} in {@code universe} ({@code ID~k}), or {@code null} for {@code null}. */
    private static String idIn(String id, Universe universe) {
        return id == null ? null : id + "~" + universe.index();
    }

    /** Whether a token may give a content term in some universe: it gives one now, or it is a proper noun. */
    private static boolean mayBeContent(Token t) {
        return t.isPos("NNP") || !ContentTerms.of(List.of(t)).isEmpty();
    }
}
