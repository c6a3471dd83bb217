package org.storyline.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Holds N concurrent clients (default 200) for S seconds (default 30) against a running
 * {@code storyline serve} on loopback, each sending its next request as soon as the last is answered,
 * spread evenly over {@code GET /api/stories}, {@code GET /api/stories/{id}} and {@code GET /api/search};
 * then prints requests, throughput, p50/p99/max latency and errors per endpoint and in all. Story ids and
 * search words come from the store's first stories. Uses the asynchronous {@link HttpClient} on a fixed pool
 * (Java 17 has no virtual threads). Refuses any address that is not loopback.
 *
 * <pre>
 * storyline serve --store DIR --port 8080 &amp;
 * java -cp bench/target/storyline-bench.jar:bench/target/lib/* \
 *     org.storyline.bench.server.ServerLoadBenchmark http://127.0.0.1:8080 [clients] [seconds]
 * </pre>
 */
public final class ServerLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ENDPOINTS = List.of("/api/stories", "/api/stories/{id}", "/api/search");

    private final URI base;
    private final int clients;
    private final Duration duration;
    private final HttpClient http;

    private ServerLoadBenchmark(URI base, int clients, Duration duration, ExecutorService pool) {
        this.base = base;
        this.clients = clients;
        this.duration = duration;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Runs the benchmark.
     *
     * @param args the server's base address ({@code http://127.0.0.1:8080}), then optionally clients and seconds
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: ServerLoadBenchmark http://127.0.0.1:PORT [clients=200] [seconds=30]");
            System.exit(64);
        }
        URI base = URI.create(args[0].replaceAll("/+$", ""));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            System.err.println("refusing " + base + ": the benchmark only loads servers on loopback (127.0.0.0/8, ::1)");
            System.exit(64);
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        try {
            new ServerLoadBenchmark(base, clients, Duration.ofSeconds(seconds), pool).run();
        } finally {
            pool.shutdownNow();
        }
    }

    private void run() throws Exception {
        List<String> ids = new ArrayList<>();
        List<String> words = new ArrayList<>();
        JsonNode stories = JSON.readTree(get("/api/stories?limit=100"));
        for (JsonNode story : stories.path("stories")) {
            ids.add(story.path("id").asText());
            for (String word : story.path("headline").asText().split("\\W+")) {
                if (word.length() > 4) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (ids.isEmpty() || words.isEmpty()) {
            throw new IllegalStateException(base + " has no stories to load (GET /api/stories is empty)");
        }
        System.out.printf("loading %s with %d clients for %d s (%d stories, %d search words)%n",
                base, clients, duration.toSeconds(), ids.size(), words.size());
        long end = System.nanoTime() + duration.toNanos();
        List<Client> all = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(i, ids, words, end, done);
            all.add(client);
            client.next();
        }
        done.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        report(all, seconds);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static void report(List<Client> clients, double seconds) {
        Map<String, Latencies> byEndpoint = new LinkedHashMap<>();
        Latencies total = new Latencies();
        for (String endpoint : ENDPOINTS) {
            Latencies merged = new Latencies();
            clients.forEach(c -> merged.addAll(c.latencies.get(endpoint)));
            byEndpoint.put(endpoint, merged);
            total.addAll(merged);
        }
        byEndpoint.put("all", total);
        System.out.printf("%-20s %10s %10s %9s %9s %9s %8s%n", "endpoint", "requests", "req/s", "p50 ms", "p99 ms",
                "max ms", "errors");
        byEndpoint.forEach((name, l) -> System.out.printf("%-20s %10d %10.1f %9.2f %9.2f %9.2f %8d%n", name, l.count(),
                l.count() / seconds, l.percentileMillis(50), l.percentileMillis(99), l.percentileMillis(100), l.errors()));
    }

    /** One client: sends a request, waits for its answer, sends the next, until the end. */
    private final class Client {

        private final Map<String, Latencies> latencies = new LinkedHashMap<>();
        private final List<String> ids;
        private final List<String> words;
        private final long end;
        private final CountDownLatch done;
        private int sent;

        Client(int number, List<String> ids, List<String> words, long end, CountDownLatch done) {
            this.ids = ids;
            this.words = words;
            this.end = end;
            this.done = done;
            this.sent = number;
            ENDPOINTS.forEach(e -> latencies.put(e, new Latencies()));
        }

        void next() {
            if (System.nanoTime() >= end) {
                done.countDown();
                return;
            }
            String endpoint = ENDPOINTS.get(sent++ % ENDPOINTS.size());
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String path = switch (endpoint) {
                case "/api/stories" -> "/api/stories?offset=" + 20 * random.nextInt(3) + "&limit=20";
                case "/api/stories/{id}" -> "/api/stories/" + encode(ids.get(random.nextInt(ids.size())));
                default -> "/api/search?q=" + encode(words.get(random.nextInt(words.size()))) + "&limit=10";
            };
            long start = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                        synchronized (this) {
                            if (failure == null && response.statusCode() < 400) {
                                latencies.get(endpoint).add(System.nanoTime() - start);
                            } else {
                                latencies.get(endpoint).error();
                            }
                        }
                        next();
                    });
        }

        private String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
