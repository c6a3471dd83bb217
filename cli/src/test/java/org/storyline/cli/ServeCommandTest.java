package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.EntityStories;
import org.storyline.store.SearchResult;
import org.storyline.store.StoreStats;
import org.storyline.store.StoreWriter;
import org.storyline.store.StoredArticle;
import org.storyline.store.StoredQuote;
import org.storyline.store.StoredStory;
import org.storyline.store.StoryFilter;
import org.storyline.store.StoryPage;
import org.storyline.store.StoryStore;
import picocli.CommandLine;

class ServeCommandTest {

    /** A store with nothing in it that remembers being closed. */
    private static final class EmptyStore implements StoryStore {
        final AtomicBoolean closed = new AtomicBoolean();

        @Override public StoryPage stories(StoryFilter filter) { return new StoryPage(0, List.of()); }
        @Override public Optional<StoredStory> story(String id) { return Optional.empty(); }
        @Override public Optional<StoredArticle> article(String id) { return Optional.empty(); }
        @Override public List<StoredArticle> articlesOf(String storyId) { return List.of(); }
        @Override public List<EntityStories> entities(String name, int offset, int limit) { return List.of(); }
        @Override public List<StoredQuote> quotesBy(String speaker, int offset, int limit) { return List.of(); }
        @Override public SearchResult search(String query, int offset, int limit) { return new SearchResult(0, List.of()); }
        @Override public StoreStats stats() { return new StoreStats(0, 0); }
        @Override public void close() { closed.set(true); }
    }

    @Test
    void servesTheOpenedStoreUntilStoppedThenClosesIt() throws Exception {
        EmptyStore store = new EmptyStore();
        Path[] opened = new Path[1];
        ServeCommand serve = new ServeCommand(new StoreOpener() {
            @Override
            public StoryStore openReader(Path dir) {
                opened[0] = dir;
                return store;
            }

            @Override
            public StoreWriter openWriter(Path dir) {
                throw new UnsupportedOperationException();
            }
        });
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(serve).setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> command.execute("--store", "some-store", "--port", "0", "--token", "t0ken"));
        String line = waitForLine(out);
        Matcher port = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/ \\(writes need the token\\)").matcher(line);
        assertThat(port.find()).as(line).isTrue();
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port.group(1) + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(opened[0]).isEqualTo(Path.of("some-store"));

        serve.stop();
        assertThat(exit.get(20, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
        assertThat(store.closed).isTrue();
    }

    @Test
    void readOnlyServerOfADirectoryWithoutAStoreIsAUsageErrorNamingIt(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine command = StorylineCommand.commandLine(inputs -> {
            throw new AssertionError("not briefing");
        });
        command.setErr(new PrintWriter(err, true));
        Path none = dir.resolve("no-store-here");
        assertThat(command.execute("serve", "--store", none.toString(), "--read-only", "--port", "0"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no store at " + none);
    }

    private static String waitForLine(StringWriter out) throws InterruptedException {
        for (int i = 0; i < 200 && !out.toString().contains("serving"); i++) {
            Thread.sleep(50);
        }
        return out.toString();
    }
}
