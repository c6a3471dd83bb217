package org.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IngestApiTest {

    private static final String ONE = "{\"id\":\"new-1\",\"title\":\"Bridge opens\",\"url\":\"https://www.example.org/a\","
            + "\"published\":\"Oct 18, 2024\",\"text\":\"Bridge opens\\nThe new bridge opened on Friday.\"}";

    @Test
    void oneArticleObjectIsIngestedAndReported() {
        MemoryStore store = Fixtures.store();
        try (TestServer server = new TestServer(store)) {
            TestServer.Answer answer = server.postJson(ONE);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().path("added").asInt()).isEqualTo(1);
            assertThat(answer.json().path("stories_created").asInt()).isEqualTo(1);
            JsonNode article = server.get("/api/articles/new-1").json();
            assertThat(article.path("path").asText()).isEqualTo("request#1");
            assertThat(article.path("published").asText()).as("normalised by core's ingest").isEqualTo("2024-10-18");
            assertThat(article.path("outlet").asText()).as("from the address").isEqualTo("example.org");
        }
    }

    @Test
    void anArrayIsIngestedAndBadRecordsBecomeProblems() {
        MemoryStore store = Fixtures.store();
        try (TestServer server = new TestServer(store)) {
            JsonNode report = server.postJson("[" + ONE + ", {\"id\":\"nrk\",\"text\":\"again\"}, {\"title\":\"no id\"}]").json();
            assertThat(report.path("added").asInt()).isEqualTo(1);
            assertThat(report.path("duplicates").asInt()).isEqualTo(1);
            assertThat(report.path("problems").get(0).path("path").asText()).isEqualTo("request#3");
            assertThat(report.path("problems").get(0).path("reason").asText()).contains("missing field 'id'");
        }
    }

    @Test
    void htmlPageIsExtractedLikeASavedPage() {
        MemoryStore store = Fixtures.store();
        String page = "<html><head><title>Harbour reopens</title><meta property=\"og:site_name\" content=\"Port News\">"
                + "</head><body><nav>Home</nav><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday "
                + "after two weeks of repairs, the port authority said.</p><p>Ships queued outside overnight.</p>"
                + "</article></body></html>";
        try (TestServer server = new TestServer(store)) {
            TestServer.Answer answer = server.send("POST", "/api/articles?id=harbour&url=https://port.example/h",
                    "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode article = server.get("/api/articles/harbour").json();
            assertThat(article.path("text").asText()).contains("The harbour reopened on Monday").doesNotContain("Home");
            assertThat(article.path("url").asText()).isEqualTo("https://port.example/h");
            assertThat(article.path("source").asText()).isEqualTo(page);
            TestServer.Answer noId = server.send("POST", "/api/articles", "text/html", page.getBytes(StandardCharsets.UTF_8));
            assertThat(noId.status()).isEqualTo(400);
            assertThat(noId.json().path("error").asText()).contains("parameter 'id' is required");
        }
    }

    @Test
    void badBodiesAreRefusedWithTheRightStatus() {
        MemoryStore store = Fixtures.store();
        try (TestServer server = new TestServer(store)) {
            assertThat(server.postJson("{\"id\": ").status()).isEqualTo(400);
            assertThat(server.postJson("{\"id\": ").json().path("error").asText()).contains("not valid JSON");
            assertThat(server.postJson("[1]").json().path("error").asText()).contains("article 1 must be a JSON object");
            assertThat(server.postJson("[]").json().path("error").asText()).contains("no article");
            TestServer.Answer text = server.send("POST", "/api/articles", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
            assertThat(text.status()).isEqualTo(415);
            assertThat(text.json().path("error").asText()).contains("Content-Type must be application/json");
            TestServer.Answer empty = server.postJson("{\"id\":\"x\",\"text\":\"   \"}");
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.json().path("problems")).hasSize(1);
        }
    }

    @Test
    void bodyLargerThanTheLimitIs413() {
        MemoryStore store = Fixtures.store();
        try (TestServer server = new TestServer(store, store.writers(), ServerConfig.defaults().withMaxBodyBytes(1000))) {
            String big = "{\"id\":\"big\",\"text\":\"" + "word ".repeat(400) + "\"}";
            TestServer.Answer answer = server.postJson(big);
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.json().path("error").asText()).isEqualTo("request body is larger than 1000 bytes");
            assertThat(answer.json().path("status").asInt()).isEqualTo(413);
            assertThat(store.writersOpened()).isZero();
        }
    }

    @Test
    void defaultLimitIsEightMebibytes() {
        assertThat(ServerConfig.defaults().maxBodyBytes()).isEqualTo(8L << 20);
        MemoryStore store = Fixtures.store();
        try (TestServer server = new TestServer(store)) {
            byte[] body = new byte[(8 << 20) + 1];
            java.util.Arrays.fill(body, (byte) ' ');
            assertThat(server.send("POST", "/api/articles", "application/json", body).status()).isEqualTo(413);
        }
    }

    @Test
    void tokenIsRequiredForWritesWhenSet() {
        MemoryStore store = Fixtures.store();
        try (TestServer server = new TestServer(store, store.writers(), ServerConfig.defaults().withToken("s3cret"))) {
            TestServer.Answer none = server.postJson(ONE);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(none.json().path("error").asText()).contains("Authorization: Bearer");
            assertThat(server.postJson(ONE, "Authorization", "Bearer wrong").status()).isEqualTo(401);
            assertThat(store.writersOpened()).isZero();
            assertThat(server.postJson(ONE, "Authorization", "Bearer s3cret").status()).isEqualTo(200);
            assertThat(server.get("/api/stories").status()).as("reads need no token").isEqualTo(200);
        }
    }

    @Test
    void lockedStoreIs409NamingTheHolder() {
        MemoryStore store = Fixtures.store();
        store.lockBy(4242);
        try (TestServer server = new TestServer(store)) {
            TestServer.Answer answer = server.postJson(ONE);
            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.json().path("error").asText()).contains("store is locked by PID 4242");
        }
    }

    @Test
    void readOnlyServerRefusesWritesWith405() {
        try (TestServer server = new TestServer(Fixtures.store(), null, ServerConfig.defaults())) {
            TestServer.Answer answer = server.postJson(ONE);
            assertThat(answer.status()).isEqualTo(405);
            assertThat(answer.json().path("error").asText()).contains("read-only");
        }
    }
}
