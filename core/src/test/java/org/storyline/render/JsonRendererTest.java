package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Brief;
import org.storyline.model.CleanArticle;
import org.storyline.model.Problem;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.model.Report;

class JsonRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonRenderer renderer = new JsonRenderer();

    private JsonNode parse(Report report) throws Exception {
        return MAPPER.readTree(renderer.render(report));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void everyObjectHasExactlyTheContractKeysInOrder() throws Exception {
        JsonNode root = parse(Fixtures.report());
        JsonNode story = root.get("stories").get(0);

        assertThat(keys(root)).containsExactly("stories", "problems", "skipped");
        assertThat(keys(story)).containsExactly(
                "id", "headline", "articles", "entities", "quotes", "facts", "summary", "exclusive", "conflicts",
                "timeline", "coverage");
        assertThat(keys(story.get("articles").get(1))).containsExactly("id", "path", "title", "outlet", "agency",
                "syndicated_from", "published", "language", "text", "removed", "duplicate_of");
        assertThat(keys(story.get("articles").get(1).get("removed").get(0)))
                .containsExactly("kind", "text", "start", "end");
        assertThat(keys(story.get("entities").get(0)))
                .containsExactly("name", "type", "variants", "role", "articles", "mentions", "role_sources", "spans");
        assertThat(keys(story.get("entities").get(0).get("spans").get(0))).containsExactly("article", "start", "end", "text");
        assertThat(keys(story.get("quotes").get(0)))
                .containsExactly("text", "speaker", "anonymous", "speaker_description", "direct", "sources");
        assertThat(keys(story.get("quotes").get(0).get("sources").get(0)))
                .containsExactly("article", "start", "end", "text", "cue");
        assertThat(keys(story.get("facts").get(0)))
                .containsExactly("kind", "value", "text", "subject", "support", "sources");
        assertThat(keys(story.get("facts").get(0).get("sources").get(0))).containsExactly("article", "start", "end");
        assertThat(keys(story.get("summary").get(0))).containsExactly("text", "sources", "related");
        assertThat(keys(story.get("summary").get(0).get("sources").get(0))).containsExactly("article", "start", "end");
        assertThat(keys(story.get("exclusive").get(0))).containsExactly("article", "text", "start", "end");
        assertThat(keys(root.get("problems").get(0))).containsExactly("path", "stage", "reason");
    }

    @Test
    void conflictsTimelineAndCoverageEachCarryTheirSources() throws Exception {
        JsonNode story = parse(new Report(List.of(StoryFixtures.brief()), List.of())).get("stories").get(0);

        JsonNode conflict = story.get("conflicts").get(0);
        assertThat(keys(conflict)).containsExactly("kind", "subject", "sides", "sources");
        assertThat(conflict.get("sides").findValuesAsText("value")).containsExactly("EUR 20900000000", "EUR 21000000000");
        assertThat(conflict.get("sources").findValuesAsText("article")).containsExactly("post", "ntb", "efe");
        JsonNode event = story.get("timeline").get(1);
        assertThat(keys(event)).containsExactly("when", "text", "sources");
        assertThat(event.get("when").asText()).isEqualTo("2024-10-17");
        assertThat(event.get("sources").findValuesAsText("article")).containsExactly("efe", "post");
        JsonNode coverage = story.get("coverage").get(1);
        assertThat(keys(coverage)).containsExactly("article", "only", "leaves_out", "sources");
        assertThat(coverage.get("leaves_out").get(0).get("text").asText()).isEqualTo("NATO will raise support for Ukraine.");
        assertThat(coverage.get("sources").findValuesAsText("article")).containsExactly("efe", "post");
    }

    @Test
    void factsTellHowManyArticlesStateThem() throws Exception {
        JsonNode facts = parse(Fixtures.report()).get("stories").get(0).get("facts");

        assertThat(facts.get(0).get("support").intValue()).isEqualTo(2);
        assertThat(facts.get(1).get("support").intValue()).isEqualTo(1);
    }

    @Test
    void articleFieldsComeFromArticleAndCleanArticle() throws Exception {
        JsonNode article = parse(Fixtures.report()).get("stories").get(0).get("articles").get(1);

        assertThat(article.get("id").asText()).isEqualTo("efe");
        assertThat(article.get("path").asText()).isEqualTo("corpus/efe.txt");
        assertThat(article.get("title").asText()).isEqualTo("NATO boosts support");
        assertThat(article.get("outlet").asText()).isEqualTo("La Prensa");
        assertThat(article.get("agency").asText()).isEqualTo("EFE");
        assertThat(article.get("syndicated_from").asText()).isEqualTo("washingtonpost");
        assertThat(article.get("published").asText()).isEqualTo("2024-10-18");
        assertThat(article.get("language").asText()).isEqualTo("en");
        assertThat(article.get("text").asText()).isEqualTo(Fixtures.EFE.substring(17));
        assertThat(article.get("removed").get(0).get("text").asText()).isEqualTo("Brussels (EFE).- ");
    }

    @Test
    void missingValuesAreWrittenAsNullNotLeftOut() throws Exception {
        Quote quote = new Quote("Hi", null, false, null, List.of(new QuoteSource("a", 0, 2, "Hi", null)));
        Brief brief = new Brief("s", "H", List.of(Fixtures.bareArticle("a", "Hi")), List.of(), List.of(quote),
                List.of(), List.of(), List.of());
        String json = renderer.render(new Report(List.of(brief), List.of()));
        JsonNode story = MAPPER.readTree(json).get("stories").get(0);

        for (String key : List.of("title", "outlet", "agency", "syndicated_from", "published", "language")) {
            JsonNode value = story.get("articles").get(0).get(key);
            assertThat(value).as(key).isNotNull();
            assertThat(value.isNull()).as(key).isTrue();
        }
        assertThat(story.get("quotes").get(0).get("speaker").isNull()).isTrue();
        assertThat(story.get("quotes").get(0).get("speaker_description").isNull()).isTrue();
        assertThat(json).contains("\"title\": null", "\"speaker\": null");
    }

    @Test
    void kindsAreLowerCaseAndEntityTypeIsTheEnumName() throws Exception {
        JsonNode story = parse(Fixtures.report()).get("stories").get(0);

        assertThat(story.get("facts").findValuesAsText("kind")).containsExactly("money", "count");
        assertThat(story.get("articles").get(1).get("removed").get(0).get("kind").asText()).isEqualTo("dateline");
        assertThat(story.get("entities").findValuesAsText("type")).containsExactly("PERSON", "ORG", "PLACE", "OTHER");
    }

    @Test
    void offsetsAndCountsAreIntegersAndAnonymousIsBoolean() throws Exception {
        JsonNode story = parse(Fixtures.report()).get("stories").get(0);

        assertThat(story.get("facts").get(0).get("sources").get(0).get("end").isInt()).isTrue();
        assertThat(story.get("exclusive").get(0).get("end").intValue()).isEqualTo(28);
        assertThat(story.get("entities").get(0).get("mentions").isInt()).isTrue();
        assertThat(story.get("quotes").get(1).get("anonymous").isBoolean()).isTrue();
        assertThat(story.get("quotes").get(1).get("anonymous").booleanValue()).isTrue();
    }

    @Test
    void specialCharactersSurviveARoundTrip() throws Exception {
        String nasty = "He said \"no\" \\ 'yes'\n\tthen <script>alert(1)</script> & “Zelenskyj” – ø 😀 \u2028 \uD800 end";
        CleanArticle article = Fixtures.article("a", "Outlet", nasty, nasty);
        Report report = new Report(List.of(Fixtures.emptyBrief(article)), List.of(new Problem(nasty, "ingest", nasty)));

        String json = renderer.render(report);
        JsonNode root = MAPPER.readTree(json);

        assertThat(root.get("stories").get(0).get("articles").get(0).get("text").asText()).isEqualTo(nasty);
        assertThat(root.get("stories").get(0).get("articles").get(0).get("title").asText()).isEqualTo(nasty);
        assertThat(root.get("problems").get(0).get("reason").asText()).isEqualTo(nasty);
        assertThat(json).contains("“Zelenskyj” – ø", "<script>");
        assertThat(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void outputIsTheTreePrettyPrintedWithUnixLineBreaks() throws Exception {
        Report report = Fixtures.report();
        String json = renderer.render(report);

        assertThat(MAPPER.readTree(json)).isEqualTo(renderer.tree(report));
        assertThat(json).doesNotContain("\r").endsWith("}\n").contains("\n  \"stories\": [\n    {\n");
    }

    @Test
    void minimalReportIsWrittenExactly() {
        Report report = new Report(List.of(Fixtures.emptyBrief()), List.of(new Problem("x.txt", "clean", "empty")));

        assertThat(renderer.render(report)).isEqualTo("""
                {
                  "stories": [
                    {
                      "id": "s",
                      "headline": "Headline",
                      "articles": [],
                      "entities": [],
                      "quotes": [],
                      "facts": [],
                      "summary": [],
                      "exclusive": [],
                      "conflicts": [],
                      "timeline": [],
                      "coverage": []
                    }
                  ],
                  "problems": [
                    {
                      "path": "x.txt",
                      "stage": "clean",
                      "reason": "empty"
                    }
                  ],
                  "skipped": {}
                }
                """);
    }

    @Test
    void everyQuoteSourceCarriesItsCueOrNull() throws Exception {
        Quote quote = new Quote("We are ready", "Anna Berg", false, null, List.of(
                new QuoteSource("a", 1, 13, "We are ready", new QuoteSource.Cue(16, 29, "Anna Berg said")),
                new QuoteSource("b", 0, 12, "We are ready", null)));
        Brief brief = new Brief("s", "H", List.of(Fixtures.bareArticle("a", "\"We are ready,\" Anna Berg said."),
                Fixtures.bareArticle("b", "We are ready")), List.of(), List.of(quote), List.of(), List.of(), List.of());
        JsonNode sources = MAPPER.readTree(renderer.render(new Report(List.of(brief), List.of())))
                .get("stories").get(0).get("quotes").get(0).get("sources");

        JsonNode cue = sources.get(0).get("cue");
        assertThat(cue.get("start").asInt()).isEqualTo(16);
        assertThat(cue.get("end").asInt()).isEqualTo(29);
        assertThat(cue.get("text").asText()).isEqualTo("Anna Berg said");
        assertThat(sources.get(1).get("cue").isNull()).isTrue();
    }
}
