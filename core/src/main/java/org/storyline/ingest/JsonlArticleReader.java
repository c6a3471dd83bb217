package org.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.model.Article;
import org.storyline.model.Problem;

/**
 * Reads JSON Lines: one article object per line, with the fields {@code id} (required),
 * {@code url}, {@code outlet}, {@code title}, {@code published}, {@code language} (all optional
 * strings), and exactly one of {@code text} (plain text, one paragraph per non-blank line) or
 * {@code html} (a page, read as {@link HtmlArticleReader} does; its metadata fills in fields the
 * line leaves out). The article's source is the {@code text} or {@code html} value and its path is
 * {@code file#line}. Blank lines are skipped; a bad line becomes a problem and the other lines go on.
 * Stateless and thread-safe.
 */
public final class JsonlArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final TextArticleReader textReader = new TextArticleReader();

    /** Creates a reader. */
    public JsonlArticleReader() {
    }

    /**
     * The articles in the JSON Lines {@code content}, and a problem for each bad line.
     *
     * @param path    where the content was read from; article paths are {@code path#line}
     * @param content the decoded file content (a leading byte order mark is ignored)
     */
    public Ingested read(String path, String content) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (LineSplitter.Line line : LineSplitter.lines(content)) {
            String json = line.of(content);
            if (line.start() == 0 && !json.isEmpty() && json.charAt(0) == Utf8Decoder.BOM) {
                json = json.substring(1);
            }
            if (json.isBlank()) {
                continue;
            }
            String where = path + "#" + line.number();
            try {
                articles.add(article(where, json));
            } catch (IngestException e) {
                problems.add(new Problem(where, IngestBatch.STAGE, "line " + line.number() + ": " + e.getMessage()));
            }
        }
        return new Ingested(articles, problems);
    }

    private Article article(String where, String json) throws IngestException {
        JsonNode line = parse(json);
        String id = string(line, "id");
        if (id == null || id.isBlank()) {
            throw new IngestException(id == null ? "missing field 'id'" : "field 'id' is blank");
        }
        String text = string(line, "text");
        String html = string(line, "html");
        if (text != null && html != null) {
            throw new IngestException("has both fields 'text' and 'html' (give one)");
        }
        if (text == null && html == null) {
            throw new IngestException("missing field 'text' or 'html'");
        }
        Article read = text != null ? textReader.read(id, where, text) : HtmlGuard.read(id, where, html);
        return new Article(id, where, read.source(), read.paragraphs(),
                metadata(line, "title", read.title()), metadata(line, "url", read.url()),
                metadata(line, "outlet", read.outlet()), metadata(line, "published", read.published()),
                metadata(line, "language", read.language()));
    }

    private static JsonNode parse(String json) throws IngestException {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new IngestException("not valid JSON" + column + ": " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw new IngestException("expected a JSON object, found " + typeOf(node));
        }
        return node;
    }

    /** The string value of {@code field}, or {@code null} when it is missing or JSON null. */
    private static String string(JsonNode line, String field) throws IngestException {
        JsonNode value = line.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IngestException("field '" + field + "' must be a string, found " + typeOf(value));
        }
        return value.textValue();
    }

    /** The line's non-blank value of {@code field}, else {@code fallback}. */
    private static String metadata(JsonNode line, String field, String fallback) throws IngestException {
        String value = string(line, field);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String typeOf(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
