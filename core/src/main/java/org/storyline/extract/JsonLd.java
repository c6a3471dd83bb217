package org.storyline.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article described by a page's JSON-LD ({@code <script type="application/ld+json">}): the
 * first object, at the top level, in an array or in an {@code @graph}, whose {@code @type} is an article
 * type ({@code NewsArticle}, {@code BlogPosting}, {@code ReportageNewsArticle}...). Malformed scripts are
 * ignored. Each accessor returns {@code null} (or an empty list) when the page does not say.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonLd NONE = new JsonLd(null);

    private final JsonNode article;

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    /** The article object of {@code page}'s JSON-LD, or an empty one. */
    static JsonLd of(Document page) {
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(data(script)), 0);
                if (found != null) {
                    return new JsonLd(found);
                }
            } catch (JsonProcessingException | RuntimeException e) {
                // not valid JSON: the page's other metadata still counts
            }
        }
        return NONE;
    }

    /** {@code headline}, else {@code name}. */
    String headline() {
        String headline = text("headline");
        return headline != null ? headline : text("name");
    }

    /** {@code datePublished}, as given. */
    String datePublished() {
        return text("datePublished");
    }

    /** {@code url}, else the {@code @id} or value of {@code mainEntityOfPage}. */
    String url() {
        String url = text("url");
        if (url != null || article == null) {
            return url;
        }
        JsonNode main = article.get("mainEntityOfPage");
        return main == null ? null : main.isTextual() ? blankToNull(main.asText()) : textOf(main.get("@id"));
    }

    /** {@code inLanguage}. */
    String language() {
        return text("inLanguage");
    }

    /** The {@code name} of {@code publisher}, or the publisher when it is a plain string. */
    String publisher() {
        return article == null ? null : name(article.get("publisher"));
    }

    /** The names of {@code author}: one string, one object or an array of them. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        JsonNode author = article == null ? null : article.get("author");
        if (author != null && author.isArray()) {
            author.forEach(a -> addName(names, a));
        } else {
            addName(names, author);
        }
        return names;
    }

    /** {@code articleBody}. */
    String articleBody() {
        return text("articleBody");
    }

    private static void addName(List<String> names, JsonNode node) {
        String name = name(node);
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isTextual() ? blankToNull(node.asText()) : textOf(node.get("name"));
    }

    private String text(String field) {
        return article == null ? null : textOf(article.get(field));
    }

    private static String textOf(JsonNode node) {
        if (node != null && node.isArray() && !node.isEmpty()) {
            node = node.get(0);
        }
        return node == null || !node.isValueNode() ? null : blankToNull(node.asText());
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type == null ? "" : type.asText().toLowerCase(Locale.ROOT);
        return name.endsWith("article") || name.equals("blogposting") || name.equals("report")
                || name.equals("liveblogposting") || name.equals("socialmediaposting");
    }

    private static String data(Element script) {
        StringBuilder data = new StringBuilder();
        for (DataNode node : script.dataNodes()) {
            data.append(node.getWholeData());
        }
        return data.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
