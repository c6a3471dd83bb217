package org.storyline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Sentence;

/**
 * CoreNLP sentence annotations rebuilt from storyline's sentences, so that CoreNLP's taggers run on the
 * sentences after {@link SentenceJoiner} repaired them. Each sentence takes the document's tokens that lie
 * in its range, as the splitter left them; the indexes the taggers read are set again.
 */
final class CoreSentences {

    private CoreSentences() {
    }

    /**
     * One CoreNLP sentence per sentence of {@code sentences}, which must cover the tokens of the tokenised
     * {@code doc} in order.
     */
    static List<CoreMap> of(String text, Annotation doc, List<Sentence> sentences) {
        List<CoreLabel> all = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> out = new ArrayList<>(sentences.size());
        int next = 0;
        for (Sentence s : sentences) {
            while (all.get(next).beginPosition() < s.start()) {
                next++;
            }
            int first = next;
            while (next < all.size() && all.get(next).endPosition() <= s.end()) {
                next++;
            }
            out.add(sentence(text, s.index(), all.subList(first, next), first));
        }
        return out;
    }

    private static CoreMap sentence(String text, int index, List<CoreLabel> tokens, int firstToken) {
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        Annotation sentence = new Annotation(text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setIndex(i + 1);
            tokens.get(i).setSentIndex(index);
        }
        return sentence;
    }
}
