package org.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Fixtures.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertError(TestServer.Answer answer, int status, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("error").asText()).contains(message);
    }

    @Test
    void healthIsOkWithTheStoreSize() {
        TestServer.Answer answer = server.get("/api/health");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").asText()).isEqualTo("ok");
        assertThat(answer.json().path("store").path("stories").asLong()).isEqualTo(2 + Fixtures.FILLERS);
    }

    @Test
    void storiesAreListedNewestFirstAPageAtATime() {
        JsonNode first = server.get("/api/stories?limit=5").json();
        assertThat(first.path("total").asLong()).isEqualTo(2 + Fixtures.FILLERS);
        assertThat(first.path("stories")).hasSize(5);
        assertThat(first.path("stories").get(0).path("id").asText()).isEqualTo(Fixtures.NATO);
        assertThat(first.path("stories").get(0).path("latest").asText()).isEqualTo("2024-10-17");
        JsonNode second = server.get("/api/stories?offset=5&limit=5").json();
        assertThat(second.path("offset").asInt()).isEqualTo(5);
        assertThat(second.path("stories").get(0).path("id").asText())
                .isNotEqualTo(first.path("stories").get(4).path("id").asText());
    }

    @Test
    void storiesAreFilteredByEntityOutletAndDates() {
        assertThat(server.get("/api/stories?entity=Mark%20Rutte").json().path("total").asInt()).isEqualTo(1);
        assertThat(server.get("/api/stories?outlet=Filler%20Gazette").json().path("total").asInt())
                .isEqualTo(Fixtures.FILLERS);
        assertThat(server.get("/api/stories?from=2024-09-01&to=2024-09-30").json().path("stories").get(0)
                .path("id").asText()).isEqualTo(Fixtures.HOSTILE);
    }

    @Test
    void badPagingAndDatesAreRefusedNamingTheParameter() {
        assertError(server.get("/api/stories?limit=101"), 400, "'limit' must be 1 to 100");
        assertError(server.get("/api/stories?limit=abc"), 400, "'limit' must be an integer");
        assertError(server.get("/api/stories?offset=-1"), 400, "'offset'");
        assertError(server.get("/api/stories?from=yesterday"), 400, "'from' must be a date");
        assertError(server.get("/api/stories?entity=" + "x".repeat(201)), 400, "'entity' is longer than 200");
    }

    @Test
    void storyBriefComesAsJsonMarkdownOrHtml() {
        TestServer.Answer json = server.get("/api/stories/" + Fixtures.NATO);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().path("stories").get(0).path("id").asText()).isEqualTo(Fixtures.NATO);
        TestServer.Answer markdown = server.get("/api/stories/" + Fixtures.NATO + "?format=markdown");
        assertThat(markdown.header("Content-Type")).startsWith("text/markdown");
        assertThat(markdown.body()).startsWith("# NATO pledges aid");
        TestServer.Answer html = server.get("/api/stories/" + Fixtures.NATO + "?format=html");
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.header("Content-Security-Policy")).contains("script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAAAA'");
        assertError(server.get("/api/stories/" + Fixtures.NATO + "?format=pdf"), 400, "'format' must be json, markdown or html");
    }

    @Test
    void unknownStoryIs404() {
        assertError(server.get("/api/stories/nope"), 404, "no story with id 'nope'");
        assertError(server.get("/api/stories/nope/articles"), 404, "no story with id 'nope'");
    }

    @Test
    void mergedStoryIdRedirectsToTheSurvivorKeepingTheQuery() {
        TestServer.Answer answer = server.get("/api/stories/" + Fixtures.OLD + "?format=markdown");
        assertThat(answer.status()).isEqualTo(308);
        assertThat(answer.header("Location")).isEqualTo("/api/stories/" + Fixtures.NATO + "?format=markdown");
        assertThat(server.get("/api/stories/" + Fixtures.OLD + "/articles").header("Location"))
                .isEqualTo("/api/stories/" + Fixtures.NATO + "/articles");
    }

    @Test
    void storyArticlesCarryTextAndSource() {
        JsonNode answer = server.get("/api/stories/" + Fixtures.NATO + "/articles").json();
        assertThat(answer.path("articles")).hasSize(3);
        assertThat(answer.path("articles").get(0).path("source").asText()).contains(Fixtures.NOT_READY);
    }

    @Test
    void articleHasMetadataTextParagraphRangesAndSource() {
        JsonNode article = server.get("/api/articles/nrk").json();
        assertThat(article.path("story_id").asText()).isEqualTo(Fixtures.NATO);
        assertThat(article.path("outlet").asText()).isEqualTo("NRK");
        assertThat(article.path("text").asText()).contains("Not ready\n\nBut NATO is not ready");
        JsonNode paragraph = article.path("paragraphs").get(0);
        String source = article.path("source").asText();
        assertThat(source.substring(paragraph.path("start").asInt(), paragraph.path("end").asInt()))
                .startsWith("The Ukrainian president himself");
        assertError(server.get("/api/articles/nope"), 404, "no article with id 'nope'");
    }

    @Test
    void entitiesComeWithTheirStories() {
        JsonNode answer = server.get("/api/entities?name=rutte").json();
        assertThat(answer.path("entities").get(0).path("name").asText()).isEqualTo("Mark Rutte");
        assertThat(answer.path("entities").get(0).path("story_ids").get(0).asText()).isEqualTo(Fixtures.NATO);
        assertThat(server.get("/api/entities").json().path("entities")).hasSize(2);
    }

    @Test
    void quotesBySpeakerNeedASpeaker() {
        JsonNode answer = server.get("/api/quotes?speaker=Rutte").json();
        assertThat(answer.path("quotes").get(0).path("quote").path("text").asText())
                .isEqualTo("Ukraine will join the alliance when the time is right");
        assertThat(answer.path("quotes").get(0).path("quote").path("sources").get(0).path("article").asText())
                .isEqualTo("nrk");
        assertError(server.get("/api/quotes"), 400, "parameter 'speaker' is required");
    }

    @Test
    void searchFindsStoriesAndArticlesAndRefusesBadQueries() {
        JsonNode answer = server.get("/api/search?q=invitation&limit=10").json();
        assertThat(answer.path("total").asLong()).isPositive();
        assertThat(answer.path("hits").findValuesAsText("kind")).contains("story", "article");
        assertError(server.get("/api/search"), 400, "parameter 'q' is required");
        assertError(server.get("/api/search?q=" + "a".repeat(1001)), 400, "'q' is longer than 1000 characters");
        assertError(server.get("/api/search?q=%22open"), 400, "bad query: unbalanced quotation mark");
    }

    @Test
    void unknownAddressIs404AndWrongMethodIs405AsJson() {
        assertError(server.get("/api/nothing"), 404, "no such address");
        assertError(server.send("DELETE", "/api/stories", null, new byte[0]), 405, "method DELETE is not allowed");
    }

    @Test
    void internalErrorIs500WithoutDetails() {
        TestServer.Answer answer = server.get("/api/stories/" + MemoryStore.BOOM);
        assertError(answer, 500, "internal error");
        assertThat(answer.body()).doesNotContain(MemoryStore.SECRET).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        TestServer.Answer answer = server.get("/api/health");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.POLICY);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
