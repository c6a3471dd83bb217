package org.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.storyline.store.StoreWriter;

/** A real server on a random loopback port over a test store, with a client for it. */
final class TestServer implements AutoCloseable {

    /** One answer. */
    record Answer(int status, HttpResponse<String> response) {

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body(), e);
            }
        }
    }

    private final StorylineServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A started server over {@code store}. */
    TestServer(MemoryStore store, Supplier<StoreWriter> writers, ServerConfig config) {
        server = StorylineServer.create(store, writers, config.withPort(0)).start();
    }

    /** A started server over {@code store}, writable, without token. */
    TestServer(MemoryStore store) {
        this(store, store.writers(), ServerConfig.defaults());
    }

    /** The server's base address. */
    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The running server. */
    StorylineServer server() {
        return server;
    }

    /** {@code GET path} ({@code path} sent as given, not re-encoded). */
    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    /** {@code method path} with {@code body} of {@code contentType}, and extra header pairs. */
    Answer send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** {@code POST /api/articles} with a JSON body. */
    Answer postJson(String json, String... headers) {
        return send("POST", "/api/articles", "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                headers);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
