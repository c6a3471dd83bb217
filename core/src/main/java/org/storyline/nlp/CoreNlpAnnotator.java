package org.storyline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * {@link TextAnnotator} backed by Stanford CoreNLP ({@code tokenize, ssplit, pos, lemma, ner}). The
 * models load on first use and are shared by every instance in the process, so creating instances is
 * cheap. Coreference and CoreNLP's own quote attribution are deliberately not run: they cost seconds
 * per article and gigabytes of memory, and storyline attributes quotes itself.
 *
 * <p>Between splitting and tagging, {@link SentenceJoiner} joins the sentences CoreNLP's splitter broke
 * inside a figure, between initials or before a lower-case word ({@code a 2. 7GHz processor}), so that the
 * tagger sees whole sentences.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    private static final class Holder {
        static final StanfordCoreNLP SPLITTER = new StanfordCoreNLP(properties("tokenize,ssplit"));
        static final StanfordCoreNLP TAGGER = new StanfordCoreNLP(properties("pos,lemma,ner"), false);
    }

    /** The CoreNLP settings storyline uses, running {@code annotators}. */
    static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.model", System.getProperty("storyline.nerModels",
                "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"));
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        return p;
    }

    @Override
    public List<Sentence> annotate(String text, List<Span> paragraphs) {
        Annotation doc = new Annotation(text);
        Holder.SPLITTER.annotate(doc);
        List<Sentence> split = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!labels.isEmpty()) {
                List<Token> tokens = tokens(text, labels);
                int start = tokens.get(0).start();
                int end = tokens.get(tokens.size() - 1).end();
                split.add(new Sentence(split.size(), paragraphOf(start, paragraphs), start, end, tokens));
            }
        }
        List<Sentence> joined = SentenceJoiner.join(text, split);
        doc.set(CoreAnnotations.SentencesAnnotation.class, CoreSentences.of(text, doc, joined));
        Holder.TAGGER.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> tagged = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < joined.size(); i++) {
            Sentence s = joined.get(i);
            out.add(new Sentence(s.index(), s.paragraph(), s.start(), s.end(),
                    tokens(text, tagged.get(i).get(CoreAnnotations.TokensAnnotation.class))));
        }
        return out;
    }

    private static List<Token> tokens(String text, List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel t : labels) {
            int b = t.beginPosition();
            int e = t.endPosition();
            tokens.add(new Token(text.substring(b, e), b, e, t.tag(), t.lemma(), t.ner() == null ? "O" : t.ner()));
        }
        return tokens;
    }

    private static int paragraphOf(int offset, List<Span> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset < paragraphs.get(i).end()) {
                return i;
            }
        }
        return Math.max(0, paragraphs.size() - 1);
    }
}
