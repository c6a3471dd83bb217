package org.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Path traversal, loopback binding, escaping and headers. */
class SecurityTest {

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
    void traversalThroughAnyParameterFindsNothing() {
        List<String> attempts = List.of("/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/articles/../../etc/passwd",
                "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/stories/..%2F..%2Fpom.xml",
                "/api/stories/..%5C..%5Cpom.xml/articles", "/articles/..%2F..%2Fetc%2Fpasswd",
                "/stories/%2e%2e/%2e%2e/etc/passwd", "/static/../../../etc/passwd", "/static/..%2F..%2Fpom.xml",
                "/static/%2e%2e/%2e%2e/pom.xml", "/api/articles/%00", "/articles/nrk?start=0&end=99999999",
                "/api/search?q=..%2F..%2Fetc%2Fpasswd", "/entities?name=..%2F..%2Fetc%2Fpasswd");
        for (String attempt : attempts) {
            TestServer.Answer answer = server.get(attempt);
            assertThat(answer.status()).as(attempt).isIn(200, 400, 404);
            assertThat(answer.body()).as(attempt).doesNotContain("root:x:0:0").doesNotContain("<artifactId>");
            if (attempt.startsWith("/api/articles/") || attempt.startsWith("/articles/..")) {
                assertThat(answer.status()).as(attempt).isIn(400, 404);
            }
        }
    }

    @Test
    void onlyTheStyleSheetIsServedFromTheClassPath() {
        assertThat(server.get("/static/site.css").status()).isEqualTo(200);
        assertThat(server.get("/static/site.css").header("Content-Type")).startsWith("text/css");
        assertThat(server.get("/static/Routes.class").status()).isEqualTo(404);
        assertThat(server.get("/org/storyline/server/site.css").status()).isEqualTo(404);
    }

    @Test
    void defaultBindingIsLoopbackOnly() throws IOException {
        assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(server.server().host()).isEqualTo("127.0.0.1");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.server().port()), 2000);
            assertThat(socket.isConnected()).isTrue();
        }
        // another loopback address of this machine: refused, as the server listens on 127.0.0.1 alone
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.2", server.server().port()), 2000);
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void hostileArticleIsEscapedOnEveryPage() {
        for (String page : List.of("/", "/stories/" + Fixtures.HOSTILE, "/articles/" + Fixtures.EVIL + "?start=0&end=10",
                "/search?q=bridge", "/?outlet=%3Cb%3EEvil%3C%2Fb%3E%20Times")) {
            TestServer.Answer answer = server.get(page);
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.body()).as(page).doesNotContain("<script").doesNotContain("<img")
                    .doesNotContain("href=\"javascript").doesNotContain("<b>");
            assertThat(answer.header("Content-Security-Policy")).as(page).isEqualTo(SecurityHeaders.POLICY);
        }
        assertThat(server.get("/articles/" + Fixtures.EVIL).body())
                .contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;")
                .contains("<code>javascript:window.__pwned=5</code>");
    }

    @Test
    void searchBoxValueIsEscaped() {
        String body = server.get("/search?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E%22").body();
        assertThat(body).doesNotContain("<script").contains("&quot;&gt;&lt;script&gt;");
    }
}
