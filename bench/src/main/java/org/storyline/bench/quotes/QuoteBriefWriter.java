package org.storyline.bench.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes another system's quotes in the shape of storyline's JSON brief ({@code storyline brief --format json}),
 * so that the quote attribution benchmark's {@code score_quotes.py} scores both alike: one story per article,
 * holding the article's id and its quotes, each quote with {@code text}, {@code speaker} (or null),
 * {@code anonymous} (always false: the system does not mark unnamed sources), {@code speaker_description},
 * {@code direct} and one source (article, start, end, text).
 */
final class QuoteBriefWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteBriefWriter() {
    }

    /**
     * The brief document of {@code quotes}.
     *
     * @param articles the articles' ids, one story each, in this order (articles without quotes included)
     * @param quotes   the quotes, each of an article in {@code articles}
     * @throws IllegalArgumentException when a quote names an article not in {@code articles}
     */
    static ObjectNode brief(List<String> articles, List<FoundQuote> quotes) {
        Map<String, ArrayNode> byArticle = new LinkedHashMap<>();
        ObjectNode brief = JSON.createObjectNode();
        ArrayNode stories = brief.putArray("stories");
        for (String id : articles) {
            ObjectNode story = stories.addObject();
            story.put("id", id);
            story.putArray("articles").addObject().put("id", id);
            byArticle.put(id, story.putArray("quotes"));
        }
        for (FoundQuote q : quotes) {
            ArrayNode list = byArticle.get(q.article());
            if (list == null) {
                throw new IllegalArgumentException("quote of article '" + q.article()
                        + "', which is not among the " + articles.size() + " articles given");
            }
            quote(list.addObject(), q);
        }
        brief.putArray("problems");
        return brief;
    }

    /** Writes the brief document of {@code quotes} to {@code out}; see {@link #brief}. */
    static void write(List<String> articles, List<FoundQuote> quotes, Path out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), brief(articles, quotes));
    }

    private static void quote(ObjectNode node, FoundQuote q) {
        node.put("text", q.text());
        node.put("speaker", q.speaker());
        node.put("anonymous", false);
        node.putNull("speaker_description");
        node.put("direct", true);
        ObjectNode source = node.putArray("sources").addObject();
        source.put("article", q.article());
        source.put("start", q.start());
        source.put("end", q.end());
        source.put("text", q.text());
    }
}
