package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.nlp.TextAnnotator;
import org.storyline.render.Format;
import org.storyline.store.IngestListener;
import org.storyline.store.IngestReport;
import org.storyline.store.StoreLockedException;
import org.storyline.store.StoredStory;

class LuceneStoreWriterTest {

    static final Article FLOOD = StoreTesting.text("flood-1",
            "River Almon floods Kestrel as levee breaks",
            "The River Almon burst its levee near Kestrel on Tuesday, flooding hundreds of homes in the low town.",
            "Mayor Dara Venn ordered the evacuation of 300 families to the Kestrel sports hall.",
            "Rescue boats carried elderly residents from flooded streets, and the levee breach widened overnight.");
    static final Article FLOOD_AGAIN = StoreTesting.text("flood-2",
            "Kestrel evacuates 300 families as Almon levee fails",
            "Floodwater from the River Almon poured through a breach in the levee at Kestrel.",
            "Mayor Dara Venn said 300 families were evacuated to the sports hall while rescue boats searched streets.",
            "The levee breach flooded the low town and residents were carried out by boat.");
    static final Article DAM = StoreTesting.text("dam-1",
            "Engineers blame rain for Quarry Creek dam collapse",
            "Engineers investigating the collapse of the Quarry Creek dam blamed weeks of heavy rain and cracked concrete.",
            "The reservoir emptied into the valley, and inspectors said the spillway had not been repaired since 1998.",
            "Kestrel officials said the dam inspectors warned about the cracks last spring.");
    static final Article BRIDGE = StoreTesting.text("bridge-1",
            "Quarry Creek dam collapse sent the Almon over the Kestrel levee",
            "The collapse of the Quarry Creek dam after heavy rain sent the reservoir into the River Almon, engineers said.",
            "The Almon then burst its levee at Kestrel, flooding the low town; Mayor Dara Venn evacuated 300 families.",
            "Inspectors had warned of cracked concrete and an unrepaired spillway; rescue boats searched flooded streets.",
            "Engineers said the dam reservoir and the levee breach together flooded homes across the valley.");
    static final Article CHESS = StoreTesting.text("chess-1",
            "Grandmaster wins Oslo chess open on tiebreak",
            "A teenage grandmaster won the Oslo chess open on tiebreak after a tense final round of blitz games.",
            "She sacrificed a rook in the endgame and her opponent resigned after forty moves.");

    @TempDir
    Path dir;

    private IngestReport add(List<Article> articles, List<List<String>> commits) {
        try (LuceneStoreWriter writer = StoreTesting.writer(dir, 2)) {
            return writer.add(articles, new IngestListener() {
                @Override
                public void committed(List<String> ids) {
                    commits.add(ids);
                }
            });
        }
    }

    private IngestReport add(Article... articles) {
        return add(List.of(articles), new ArrayList<>());
    }

    private LuceneStoryStore store() {
        return LuceneStoryStore.open(dir);
    }

    @Test
    void exampleCorpusBecomesOneStoryAndEveryBatchIsReportedCommitted() {
        List<List<String>> commits = new ArrayList<>();

        IngestReport report = add(StoreTesting.nato(), commits);

        assertThat(report.added()).isEqualTo(5);
        assertThat(report.storiesCreated()).isEqualTo(1);
        assertThat(report.problems()).isEmpty();
        assertThat(commits).hasSize(3);
        assertThat(commits.stream().mapToInt(List::size).sum()).isEqualTo(5);
        try (LuceneStoryStore store = store()) {
            assertThat(store.stats().articles()).isEqualTo(5);
            assertThat(store.stats().stories()).isEqualTo(1);
            StoredStory story = store.story(store.article(commits.get(0).get(0)).orElseThrow().storyId()).orElseThrow();
            assertThat(story.articleIds()).hasSize(5);
            assertThat(story.markdown()).startsWith("# ");
            assertThat(story.json()).contains("\"stories\"");
            assertThat(story.html()).startsWith("<!DOCTYPE html>");
        }
    }

    @Test
    void reIngestingAddsNothing() {
        add(FLOOD, CHESS);

        IngestReport again = add(FLOOD, CHESS);

        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        try (LuceneStoryStore store = store()) {
            assertThat(store.stats().articles()).isEqualTo(2);
        }
    }

    @Test
    void sameContentUnderAnotherIdIsADuplicate() {
        add(FLOOD);

        IngestReport copy = add(StoreTesting.withId(FLOOD, "flood-copy", "https://example.org/other"));

        assertThat(copy.added()).isZero();
        assertThat(copy.duplicates()).isEqualTo(1);
    }

    @Test
    void sameAddressWithOtherContentIsADuplicate() {
        add(StoreTesting.withId(FLOOD, "flood-1", "https://Example.org/flood#top"));

        IngestReport sameUrl = add(StoreTesting.withId(CHESS, "chess-1", "https://example.org/flood/"));

        assertThat(sameUrl.added()).isZero();
        assertThat(sameUrl.duplicates()).isEqualTo(1);
    }

    @Test
    void otherContentUnderATakenIdIsStoredUnderANewId() {
        add(FLOOD);

        IngestReport other = add(StoreTesting.withId(CHESS, "flood-1", null));

        assertThat(other.added()).isEqualTo(1);
        try (LuceneStoryStore store = store()) {
            assertThat(store.stats().articles()).isEqualTo(2);
        }
    }

    @Test
    void articleOnTheSameEventJoinsItsStory() {
        add(FLOOD);
        String story = storyOf("flood-1");

        IngestReport report = add(FLOOD_AGAIN);

        assertThat(report.storiesUpdated()).isEqualTo(1);
        assertThat(report.storiesCreated()).isZero();
        assertThat(storyOf("flood-2")).isEqualTo(story);
        try (LuceneStoryStore store = store()) {
            assertThat(store.story(story).orElseThrow().articleIds()).containsExactly("flood-1", "flood-2");
        }
    }

    @Test
    void storedArticlesAreNotAnnotatedAgainWhenTheirStoryGrows() {
        add(FLOOD);
        List<String> annotated = new ArrayList<>();
        TextAnnotator counting = (text, paragraphs) -> {
            annotated.add(text);
            return StoreTesting.STAGES.annotator().annotate(text, paragraphs);
        };

        try (LuceneStoreWriter writer = LuceneStoreWriter.open(dir, IngestStages.with(counting), 2)) {
            writer.add(List.of(FLOOD_AGAIN), new IngestListener() {
            });
        }

        assertThat(annotated).hasSize(1);
        assertThat(annotated.get(0)).contains("Floodwater");
        assertThat(storyOf("flood-2")).isEqualTo(storyOf("flood-1"));
    }

    @Test
    void sameKindOfEventMonthsLaterStartsAStoryOfItsOwn() {
        add(StoreTesting.published(FLOOD, "Kestrel Herald", "2024-03-05"));
        add(StoreTesting.published(FLOOD_AGAIN, "Valley Times", "2024-05-20"));

        assertThat(storyOf("flood-2")).isNotEqualTo(storyOf("flood-1"));
    }

    @Test
    void articleDaysLaterStillJoinsItsStory() {
        add(StoreTesting.published(FLOOD, "Kestrel Herald", "2024-03-05"));
        add(StoreTesting.published(FLOOD_AGAIN, "Valley Times", "2024-03-09T10:00:00Z"));

        assertThat(storyOf("flood-2")).isEqualTo(storyOf("flood-1"));
    }

    @Test
    void unrelatedArticleStartsANewStory() {
        add(FLOOD);

        IngestReport report = add(CHESS);

        assertThat(report.storiesCreated()).isEqualTo(1);
        assertThat(storyOf("chess-1")).isNotEqualTo(storyOf("flood-1"));
    }

    @Test
    void bridgingArticleMergesTwoStoriesAndTheNewerIdRedirects() {
        add(FLOOD);
        add(DAM);
        String older = storyOf("flood-1");
        String newer = storyOf("dam-1");
        assertThat(newer).isNotEqualTo(older);

        IngestReport report = add(BRIDGE);

        assertThat(report.storiesUpdated()).isEqualTo(2);
        try (LuceneStoryStore store = store()) {
            assertThat(store.stats().stories()).isEqualTo(1);
            StoredStory merged = store.story(newer).orElseThrow();
            assertThat(merged.id()).isEqualTo(older);
            assertThat(merged.articleIds()).containsExactly("flood-1", "dam-1", "bridge-1");
            assertThat(store.articlesOf(newer)).extracting(a -> a.storyId()).containsOnly(older);
            assertThat(store.brief(newer, Format.MARKDOWN).orElseThrow().id()).isEqualTo(older);
        }
    }

    @Test
    void secondWriterIsRefusedWithTheHoldersPid() {
        try (LuceneStoreWriter first = StoreTesting.writer(dir, 2)) {
            assertThatThrownBy(() -> StoreTesting.writer(dir, 2))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining(dir.toString())
                    .hasMessageContaining("PID " + ProcessHandle.current().pid());
        }
        StoreTesting.writer(dir, 2).close();
    }

    @Test
    void openReaderSeesEachNewCommitAndNothingUncommitted() throws InterruptedException {
        add(FLOOD);
        try (LuceneStoryStore reader = store(); LuceneStoreWriter writer = StoreTesting.writer(dir, 1)) {
            assertThat(reader.stats().articles()).isEqualTo(1);
            List<Long> atCommit = new ArrayList<>();
            java.util.Set<Long> polled = java.util.concurrent.ConcurrentHashMap.newKeySet();
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread poller = new Thread(() -> {
                while (writing.get()) {
                    org.storyline.store.StoreStats now = reader.stats();
                    polled.add(now.articles() * 10 + now.stories());
                }
            });
            poller.start();
            writer.add(List.of(CHESS, DAM), new IngestListener() {
                @Override
                public void committed(List<String> ids) {
                    atCommit.add(reader.stats().articles());
                }
            });
            writing.set(false);
            poller.join();
            assertThat(atCommit).containsExactly(2L, 3L);
            assertThat(polled).isSubsetOf(11L, 22L, 33L);
        }
    }

    private String storyOf(String articleId) {
        try (LuceneStoryStore store = store()) {
            return store.article(articleId).orElseThrow().storyId();
        }
    }
}
