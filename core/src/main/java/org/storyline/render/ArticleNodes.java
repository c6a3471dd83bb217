package org.storyline.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.Removal;

/** JSON for the {@code articles} of a story: metadata, cleaned text and what was removed. */
final class ArticleNodes {

    private ArticleNodes() {
    }

    /** One cleaned article; every key is written, {@code null} where the model has no value. */
    static ObjectNode article(CleanArticle clean) {
        Article article = clean.article();
        ObjectNode node = Nodes.object();
        node.put("id", article.id());
        node.put("path", article.path());
        node.put("title", clean.title());
        node.put("outlet", article.outlet());
        node.put("agency", clean.agency());
        node.put("syndicated_from", clean.syndicatedFrom());
        node.put("published", article.published());
        node.put("language", article.language());
        node.put("text", clean.text());
        node.set("removed", Nodes.array(clean.removed(), ArticleNodes::removal));
        node.put("duplicate_of", clean.duplicateOf());
        return node;
    }

    /** One removed piece of the source, with its lower-case kind. */
    static ObjectNode removal(Removal removal) {
        ObjectNode node = Nodes.object();
        node.put("kind", removal.kind().label());
        node.put("text", removal.text());
        node.put("start", removal.start());
        node.put("end", removal.end());
        return node;
    }
}
