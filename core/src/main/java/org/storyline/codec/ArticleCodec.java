package org.storyline.codec;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.Paragraph;
import org.storyline.model.Removal;
import org.storyline.model.RemovalKind;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * Turns articles as read ({@link Article}), cleaned ({@link CleanArticle}) and annotated
 * ({@link AnnotatedArticle}) into bytes and back, losslessly: the decoded record equals the encoded one.
 */
public final class ArticleCodec {

    private ArticleCodec() {
    }

    /** The bytes of an article as read. */
    public static byte[] encode(Article article) {
        Encoder out = new Encoder();
        write(out, article);
        return out.toByteArray();
    }

    /** The bytes of a cleaned article. */
    public static byte[] encode(CleanArticle article) {
        Encoder out = new Encoder();
        write(out, article);
        return out.toByteArray();
    }

    /** The bytes of an annotated article. */
    public static byte[] encode(AnnotatedArticle article) {
        Encoder out = new Encoder();
        write(out, article.clean());
        write(out, article.sentences());
        return out.toByteArray();
    }

    /** The bytes of an article's sentences, with their tokens. */
    public static byte[] encodeSentences(List<Sentence> sentences) {
        Encoder out = new Encoder();
        write(out, sentences);
        return out.toByteArray();
    }

    /** The article as read that {@link #encode(Article)} wrote. */
    public static Article article(byte[] bytes) {
        return readArticle(new Decoder(bytes));
    }

    /** The cleaned article that {@link #encode(CleanArticle)} wrote. */
    public static CleanArticle clean(byte[] bytes) {
        return readClean(new Decoder(bytes));
    }

    /** The annotated article that {@link #encode(AnnotatedArticle)} wrote. */
    public static AnnotatedArticle annotated(byte[] bytes) {
        Decoder in = new Decoder(bytes);
        CleanArticle clean = readClean(in);
        return new AnnotatedArticle(clean, readSentences(in));
    }

    /** The sentences that {@link #encodeSentences(List)} wrote. */
    public static List<Sentence> sentences(byte[] bytes) {
        return readSentences(new Decoder(bytes));
    }

    private static void write(Encoder out, List<Sentence> sentences) {
        out.integer(sentences.size());
        for (Sentence s : sentences) {
            out.integer(s.index());
            out.integer(s.paragraph());
            out.integer(s.start());
            out.integer(s.end());
            out.integer(s.tokens().size());
            for (Token t : s.tokens()) {
                out.string(t.text());
                out.integer(t.start());
                out.integer(t.end());
                out.string(t.pos());
                out.string(t.lemma());
                out.string(t.ner());
            }
        }
    }

    private static List<Sentence> readSentences(Decoder in) {
        int sentences = in.integer();
        List<Sentence> out = new ArrayList<>(sentences);
        for (int s = 0; s < sentences; s++) {
            int index = in.integer();
            int paragraph = in.integer();
            int start = in.integer();
            int end = in.integer();
            int count = in.integer();
            List<Token> tokens = new ArrayList<>(count);
            for (int t = 0; t < count; t++) {
                tokens.add(new Token(in.string(), in.integer(), in.integer(), in.string(), in.string(), in.string()));
            }
            out.add(new Sentence(index, paragraph, start, end, tokens));
        }
        return out;
    }

    private static void write(Encoder out, Article a) {
        out.string(a.id());
        out.string(a.path());
        out.string(a.source());
        out.integer(a.paragraphs().size());
        for (Paragraph p : a.paragraphs()) {
            out.string(p.text());
            out.offsets(p.offsets());
        }
        out.string(a.title());
        out.string(a.url());
        out.string(a.outlet());
        out.string(a.published());
        out.string(a.language());
    }

    private static Article readArticle(Decoder in) {
        String id = in.string();
        String path = in.string();
        String source = in.string();
        int count = in.integer();
        List<Paragraph> paragraphs = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            paragraphs.add(new Paragraph(in.string(), in.offsets()));
        }
        return new Article(id, path, source, paragraphs, in.string(), in.string(), in.string(), in.string(),
                in.string());
    }

    private static void write(Encoder out, CleanArticle c) {
        write(out, c.article());
        out.string(c.title());
        out.string(c.agency());
        out.string(c.place());
        out.string(c.syndicatedFrom());
        out.string(c.text());
        out.offsets(c.offsets());
        out.integer(c.paragraphs().size());
        for (Span s : c.paragraphs()) {
            out.integer(s.start());
            out.integer(s.end());
        }
        out.integer(c.removed().size());
        for (Removal r : c.removed()) {
            out.integer(r.kind().ordinal());
            out.string(r.text());
            out.integer(r.start());
            out.integer(r.end());
        }
        out.string(c.duplicateOf());
    }

    private static CleanArticle readClean(Decoder in) {
        Article article = readArticle(in);
        String title = in.string();
        String agency = in.string();
        String place = in.string();
        String syndicatedFrom = in.string();
        String text = in.string();
        var offsets = in.offsets();
        int count = in.integer();
        List<Span> paragraphs = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            paragraphs.add(new Span(in.integer(), in.integer()));
        }
        int removals = in.integer();
        List<Removal> removed = new ArrayList<>(removals);
        RemovalKind[] kinds = RemovalKind.values();
        for (int r = 0; r < removals; r++) {
            removed.add(new Removal(kinds[in.integer()], in.string(), in.integer(), in.integer()));
        }
        return new CleanArticle(article, title, agency, place, syndicatedFrom, text, offsets, paragraphs, removed,
                in.string());
    }
}
