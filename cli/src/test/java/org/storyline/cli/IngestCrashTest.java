package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.StoredArticle;
import org.storyline.store.StoryFilter;
import org.storyline.store.StorySummary;
import org.storyline.store.lucene.LuceneStoryStore;

/**
 * Kills {@code storyline ingest}, a real child process, with SIGKILL at random moments (fixed seed), and checks
 * after every kill that the store opens with every article the process reported committed, each in a stored
 * story; then that running the ingest again completes it without duplicates. When a store is complete the next
 * rounds start a fresh one, so kills land in start-up, in batches and in commits alike. Set
 * {@code -Dstoryline.crash.kills=N} for fewer rounds locally (the default, 20, is what CI runs). The children
 * run with the quick-start JIT and the serial collector: most of their life is loading the NLP models.
 */
class IngestCrashTest {

    private static final Path ARTICLES = Path.of("src/test/resources/fixtures/ecbplus-mixed/articles.jsonl");
    /** The fixture's 36 lines hold two exact repeats. */
    private static final int DISTINCT = 34;
    private static final int KILLS = Integer.getInteger("storyline.crash.kills", 20);

    @TempDir
    Path dir;

    @Test
    void killedIngestKeepsEveryCommittedArticleAndARerunCompletesItWithoutDuplicates() throws Exception {
        Random random = new Random(20241017L);
        int generation = 0;
        Path store = dir.resolve("store-0");
        Set<String> committed = new HashSet<>();
        int midway = 0;
        for (int round = 0; round < KILLS; round++) {
            Child child = Child.start(store);
            if (random.nextInt(5) == 0) {
                child.process().waitFor(300 + random.nextInt(5_000), TimeUnit.MILLISECONDS); // in start-up
            } else {
                child.awaitCommits(1 + random.nextInt(3)); // in a batch or a commit, after some commits
                child.process().waitFor(random.nextInt(400), TimeUnit.MILLISECONDS);
            }
            child.process().destroyForcibly().waitFor();
            committed.addAll(child.committed());
            assertComplete(store, committed);
            midway += child.committed().isEmpty() || count(store) == DISTINCT ? 0 : 1;
            if (count(store) == DISTINCT) {
                store = dir.resolve("store-" + ++generation);
                committed.clear();
            }
        }
        System.out.printf("IngestCrashTest: %d kills, %d with a store part-written, %d stores completed%n", KILLS,
                midway, generation);
        Child last = Child.start(store);
        assertThat(last.process().waitFor(120, TimeUnit.SECONDS)).as("final ingest finished").isTrue();
        assertThat(last.process().exitValue()).isZero();
        committed.addAll(last.committed());
        assertComplete(store, committed);
        try (LuceneStoryStore reader = LuceneStoryStore.open(store)) {
            List<String> ids = new ArrayList<>();
            for (StorySummary s : reader.stories(StoryFilter.first(1000)).stories()) {
                ids.addAll(reader.story(s.id()).orElseThrow().articleIds());
            }
            assertThat(reader.stats().articles()).isEqualTo(DISTINCT);
            assertThat(ids).hasSize(DISTINCT).doesNotHaveDuplicates();
            assertThat(ids.stream().map(id -> reader.article(id).orElseThrow().contentHash())).doesNotHaveDuplicates();
        }
    }

    private static void assertComplete(Path store, Set<String> committed) {
        if (committed.isEmpty()) {
            return;
        }
        try (LuceneStoryStore reader = LuceneStoryStore.open(store)) {
            for (String id : committed) {
                StoredArticle article = reader.article(id).orElseThrow(() -> new AssertionError("lost " + id));
                assertThat(reader.story(article.storyId())).as("story of " + id).isPresent();
            }
        }
    }

    private static long count(Path store) {
        try (LuceneStoryStore reader = LuceneStoryStore.open(store)) {
            return reader.stats().articles();
        } catch (RuntimeException e) {
            return 0; // killed before the store was first committed
        }
    }

    /** A {@code storyline ingest} child process and the commits it reported. */
    private record Child(Process process, Thread reader, List<String> committed, AtomicInteger commits) {

        /** Waits until the child has reported {@code commits} commits, or has ended, or 60 s have passed. */
        void awaitCommits(int commits) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (this.commits.get() < commits && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }


        static Child start(Path store) throws IOException {
            Process process = new ProcessBuilder("java", "-Xmx2g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    StorylineCommand.class.getName(), "ingest", ARTICLES.toString(), "--store", store.toString(),
                    "--batch", "3")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> committed = new CopyOnWriteArrayList<>();
            AtomicInteger commits = new AtomicInteger();
            Thread reader = new Thread(() -> read(process, committed, commits));
            reader.setDaemon(true);
            reader.start();
            return new Child(process, reader, committed, commits);
        }

        private static void read(Process process, List<String> committed, AtomicInteger commits) {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("committed ")) {
                        committed.addAll(List.of(line.substring(line.indexOf(':') + 1).strip().split(" ")));
                        commits.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        }

        /** The articles reported committed; call once the process has ended (its output is read to the end). */
        @Override
        public List<String> committed() {
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.copyOf(committed);
        }
    }
}
