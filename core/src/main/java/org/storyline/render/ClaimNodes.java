package org.storyline.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.Entity;
import org.storyline.model.Exclusive;
import org.storyline.model.Fact;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.model.SourceText;

/**
 * JSON for what a brief claims (entities, quotes, facts, summary sentences, exclusives), each
 * with the source ranges that back it.
 */
final class ClaimNodes {

    private ClaimNodes() {
    }

    /** An entity; {@code type} is the enum name, {@code role} may be {@code null}. */
    static ObjectNode entity(Entity entity) {
        ObjectNode node = Nodes.object();
        node.put("name", entity.name());
        node.put("type", entity.type().name());
        node.set("variants", Nodes.strings(entity.variants()));
        node.put("role", entity.role());
        node.set("articles", Nodes.strings(entity.articles()));
        node.put("mentions", entity.mentions());
        node.set("role_sources", Nodes.array(entity.roleSources(), ClaimNodes::citation));
        node.set("spans", Nodes.array(entity.spans(), ClaimNodes::sourceText));
        return node;
    }

    /** A quote; {@code speaker} and {@code speaker_description} may be {@code null}. */
    static ObjectNode quote(Quote quote) {
        ObjectNode node = Nodes.object();
        node.put("text", quote.text());
        node.put("speaker", quote.speaker());
        node.put("anonymous", quote.anonymous());
        node.put("speaker_description", quote.speakerDescription());
        node.put("direct", quote.direct());
        node.set("sources", Nodes.array(quote.sources(), ClaimNodes::quoteSource));
        return node;
    }

    /** A fact with its lower-case kind and normalised value. */
    static ObjectNode fact(Fact fact) {
        ObjectNode node = Nodes.object();
        node.put("kind", fact.kind().label());
        node.put("value", fact.value());
        node.put("text", fact.text());
        node.put("subject", fact.subject());
        node.put("support", fact.articleCount());
        node.set("sources", Nodes.array(fact.sources(), ClaimNodes::citation));
        return node;
    }

    /** A summary sentence with the articles that report it, and the related reporting of others. */
    static ObjectNode sentence(BriefSentence sentence) {
        ObjectNode node = Nodes.object();
        node.put("text", sentence.text());
        node.set("sources", Nodes.array(sentence.sources(), ClaimNodes::citation));
        node.set("related", Nodes.array(sentence.related(), ClaimNodes::citation));
        return node;
    }

    /** A sentence only one article reports. */
    static ObjectNode exclusive(Exclusive exclusive) {
        ObjectNode node = Nodes.object();
        node.put("article", exclusive.article());
        node.put("text", exclusive.text());
        node.put("start", exclusive.start());
        node.put("end", exclusive.end());
        return node;
    }

    /** Where one article carries a quote, with its own wording and the words that name the speaker there. */
    static ObjectNode quoteSource(QuoteSource source) {
        ObjectNode node = sourceText(source.words());
        QuoteSource.Cue cue = source.cue();
        if (cue == null) {
            node.putNull("cue");
        } else {
            ObjectNode c = node.putObject("cue");
            c.put("start", cue.start());
            c.put("end", cue.end());
            c.put("text", cue.text());
        }
        return node;
    }

    /** Where one article carries a name, with its own wording. */
    static ObjectNode sourceText(SourceText source) {
        ObjectNode node = Nodes.object();
        node.put("article", source.article());
        node.put("start", source.start());
        node.put("end", source.end());
        node.put("text", source.text());
        return node;
    }

    /** A source range: article id, start inclusive, end exclusive. */
    static ObjectNode citation(Citation citation) {
        ObjectNode node = Nodes.object();
        node.put("article", citation.article());
        node.put("start", citation.start());
        node.put("end", citation.end());
        return node;
    }
}
