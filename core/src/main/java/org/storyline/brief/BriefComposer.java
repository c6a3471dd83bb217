package org.storyline.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.entity.EntityExtractor;
import org.storyline.entity.EntityIndex;
import org.storyline.fact.ConflictFinder;
import org.storyline.fact.FactAligner;
import org.storyline.fact.FactExtractor;
import org.storyline.fact.FactMention;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.CleanArticle;
import org.storyline.model.Exclusive;
import org.storyline.model.Fact;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.nlp.CachingEmbedder;
import org.storyline.nlp.MiniLmEmbedder;
import org.storyline.nlp.SentenceEmbedder;
import org.storyline.quote.AttributedQuote;
import org.storyline.quote.QuoteAligner;
import org.storyline.quote.QuoteExtractor;
import org.storyline.support.SupportJudge;

/**
 * Writes the brief of one story: resolves its entities, attributes and aligns its quotes, aligns its
 * facts, and picks summary, exclusives and headline. Articles in other languages than English are listed
 * but not read for entities, quotes, facts or sentences: the language models are English. Stateless and
 * thread-safe.
 */
public final class BriefComposer {

    private final EntityExtractor entities = new EntityExtractor();
    /** Sentence embeddings kept between briefs: a story briefed again embeds only its new sentences. */
    static final int EMBEDDINGS_KEPT = 20_000;

    private final SentenceEmbedder embedder = new CachingEmbedder(new MiniLmEmbedder(), EMBEDDINGS_KEPT);
    private final SupportJudge judge = new SupportJudge(embedder);
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final QuoteAligner quoteAligner = new QuoteAligner(embedder);
    private final FactExtractor facts = new FactExtractor();
    private final FactAligner factAligner = new FactAligner();
    private final ConflictFinder conflicts = new ConflictFinder();

    /** The brief of {@code story}. */
    public Brief compose(Story story) {
        List<AnnotatedArticle> articles = story.articles();
        EntityIndex index = entities.extract(articles);

        Map<String, List<AttributedQuote>> quotesByArticle = new LinkedHashMap<>();
        List<AttributedQuote> allQuotes = new ArrayList<>();
        Map<String, CleanArticle> cleanById = new LinkedHashMap<>();
        List<FactMention> factMentions = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            cleanById.put(a.id(), a.clean());
            if (!a.clean().english()) {
                continue;
            }
            List<AttributedQuote> q = quotes.extract(a, index);
            quotesByArticle.put(a.id(), q);
            allQuotes.addAll(q);
            factMentions.addAll(facts.extract(a.clean()));
        }
        List<Quote> aligned = quoteAligner.align(allQuotes, cleanById);
        List<Fact> alignedFacts = factAligner.align(factMentions);

        StorySentences sentences = StorySentences.of(articles, quotesByArticle, factMentions, judge, embedder);
        List<BriefSentence> summary = SummaryComposer.compose(sentences);
        String headline = HeadlinePicker.pick(articles, summary);
        List<Exclusive> exclusive = ExclusiveFinder.find(sentences);
        return new Brief(story.id(), headline, List.copyOf(cleanById.values()), index.entities(), aligned,
                alignedFacts, summary, exclusive, conflicts.find(factMentions, cleanById),
                TimelineBuilder.build(sentences, factMentions),
                CoverageFinder.find(sentences, exclusive));
    }
}
