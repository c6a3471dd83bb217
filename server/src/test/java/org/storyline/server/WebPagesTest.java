package org.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebPagesTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Fixtures.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void storyListIsNewestFirstWithPaging() {
        String body = server.get("/").body();
        assertThat(body.indexOf("NATO pledges aid")).isLessThan(body.indexOf("Council approves bridge"));
        assertThat(body).contains("27 stories, showing 1 to 20").contains("href=\"/?offset=20\"")
                .contains("href=\"/stories/s-nato\"").contains("href=\"/entities?name=Mark%20Rutte\"");
        assertThat(server.get("/?offset=20").body()).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(server.get("/?entity=Mark%20Rutte").body()).contains("Stories mentioning Mark Rutte")
                .contains("1 story").doesNotContain("Filler story");
    }

    @Test
    void storyPageLinksEveryClaimToTheCitedSpan() {
        String body = server.get("/stories/" + Fixtures.NATO).body();
        Fixtures.Claim notReady = Fixtures.cite(Fixtures.corpus("000_727dab1cf6a8d737.txt", "nrk", null, null, null),
                Fixtures.NOT_READY);
        assertThat(body).contains("<h2>Summary</h2>", "<h2>Who said what</h2>", "<h2>Key facts</h2>", "<h2>Timeline</h2>")
                .contains(Fixtures.NOT_READY)
                .contains("href=\"/articles/nrk?start=" + notReady.start() + "&amp;end=" + notReady.end() + "#cited\"")
                .contains("<q>Ukraine will join the alliance when the time is right</q>")
                .contains("<span class=\"cue\">— Rutte said</span>")
                .contains("href=\"/api/stories/s-nato?format=markdown\"");
        Fixtures.Claim rutte = Fixtures.cite(Fixtures.corpus("001_780a206b016da81f.txt", "post", null, null, null),
                "Mark Rutte");
        assertThat(body).contains("href=\"/articles/post?start=" + rutte.start() + "&amp;end=" + rutte.end() + "#cited\"");
    }

    @Test
    void mergedStoryPageRedirects() {
        TestServer.Answer answer = server.get("/stories/" + Fixtures.OLD);
        assertThat(answer.status()).isEqualTo(308);
        assertThat(answer.header("Location")).isEqualTo("/stories/" + Fixtures.NATO);
    }

    @Test
    void articlePageMarksTheCitedSpan() {
        Fixtures.Claim claim = Fixtures.cite(Fixtures.corpus("000_727dab1cf6a8d737.txt", "nrk", null, null, null),
                Fixtures.NOT_READY);
        String body = server.get("/articles/nrk?start=" + claim.start() + "&end=" + claim.end()).body();
        assertThat(body).contains("<mark id=\"cited\">" + Fixtures.NOT_READY + "</mark>");
        assertThat(server.get("/articles/nrk").body()).doesNotContain("<mark");
        TestServer.Answer bad = server.get("/articles/nrk?start=5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("text/html");
        assertThat(bad.body()).contains("&#39;start&#39; and &#39;end&#39; must both be given");
        assertThat(server.get("/articles/nope").status()).isEqualTo(404);
    }

    @Test
    void entityPageListsItsStories() {
        String body = server.get("/entities?name=Rutte").body();
        assertThat(body).contains("Mark Rutte").contains("NATO Secretary General")
                .contains("href=\"/stories/s-nato\">NATO pledges aid but no invitation for Ukraine</a>");
    }

    @Test
    void searchPageShowsHitsAndQueryErrors() {
        String body = server.get("/search?q=invitation").body();
        assertThat(body).contains("results.").contains("href=\"/stories/s-nato\"").contains("href=\"/articles/nrk\"");
        assertThat(server.get("/search").body()).contains("speaker:");
        TestServer.Answer bad = server.get("/search?q=%22open");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("bad query");
    }
}
