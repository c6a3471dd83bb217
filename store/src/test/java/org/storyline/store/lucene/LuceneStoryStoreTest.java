package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.store.IngestListener;
import org.storyline.store.SearchHit;
import org.storyline.store.SearchResult;
import org.storyline.store.StoreNotFoundException;
import org.storyline.render.Format;
import org.storyline.store.StoreQueryException;
import org.storyline.store.StoredStory;
import org.storyline.store.StoryBrief;
import org.storyline.store.StoryFilter;
import org.storyline.store.StoryPage;
import org.storyline.store.StorySummary;

class LuceneStoryStoreTest {

    @TempDir
    static Path dir;
    private static LuceneStoryStore store;

    @BeforeAll
    static void buildStore() {
        List<Article> articles = new ArrayList<>(StoreTesting.nato());
        articles.add(StoreTesting.published(LuceneStoreWriterTest.FLOOD, "Kestrel Herald", "2024-10-15T08:00:00Z"));
        articles.add(StoreTesting.published(LuceneStoreWriterTest.DAM, "Valley Times", "2024-09-20"));
        articles.add(StoreTesting.published(LuceneStoreWriterTest.CHESS, "Oslo Post", "2024-11-02"));
        try (LuceneStoreWriter writer = StoreTesting.writer(dir, 20)) {
            writer.add(articles, IngestListener.NONE);
        }
        store = LuceneStoryStore.open(dir);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static List<String> kinds(SearchResult result) {
        return result.hits().stream().map(SearchHit::kind).distinct().toList();
    }

    @Test
    void speakerFieldFindsOnlyTheirQuotes() {
        SearchResult result = store.search("speaker:\"Mark Rutte\"", 0, 50);

        assertThat(result.total()).isPositive();
        assertThat(kinds(result)).containsExactly("quote");
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.title()).contains("Rutte"));
    }

    @Test
    void outletFieldFindsArticlesAndStoriesOfThatOutlet() {
        SearchResult result = store.search("outlet:efe", 0, 50);

        assertThat(kinds(result)).containsExactlyInAnyOrder("article", "story");
        assertThat(store.search("outlet:\"Oslo Post\"", 0, 50).hits()).extracting(SearchHit::id).contains("chess-1");
    }

    @Test
    void phraseMatchesWordsInOrderOnly() {
        assertThat(store.search("\"levee breach\"", 0, 50).hits()).extracting(SearchHit::id).contains("flood-1");
        assertThat(store.search("\"breach levee\"", 0, 50).total()).isZero();
    }

    @Test
    void hitsCarryTheirStoryAndASnippetAroundTheMatch() {
        SearchHit hit = store.search("kind:article AND sacrificed", 0, 1).hits().get(0);

        assertThat(hit.id()).isEqualTo("chess-1");
        assertThat(hit.storyId()).isEqualTo(store.article("chess-1").orElseThrow().storyId());
        assertThat(hit.snippet()).contains("sacrificed a rook");
    }

    @Test
    void publishedRangeTakesDaysMonthsAndOpenEnds() {
        assertThat(store.search("kind:article AND published:[2024-10-01 TO 2024-10-31]", 0, 50).hits())
                .extracting(SearchHit::id).containsExactly("flood-1");
        assertThat(store.search("kind:article AND published:[2024-09 TO 2024-10]", 0, 50).hits())
                .extracting(SearchHit::id).containsExactlyInAnyOrder("flood-1", "dam-1");
        assertThat(store.search("kind:article AND published:[2024-11-01 TO *]", 0, 50).hits())
                .extracting(SearchHit::id).containsExactly("chess-1");
    }

    @Test
    void booleanOperatorsCombineClauses() {
        assertThat(store.search("kind:article AND (levee OR rook)", 0, 50).hits()).extracting(SearchHit::id)
                .containsExactlyInAnyOrder("flood-1", "chess-1");
        assertThat(store.search("kind:article AND dam NOT levee", 0, 50).hits()).extracting(SearchHit::id)
                .containsExactly("dam-1");
    }

    @Test
    void badQueriesSayWhatIsWrong() {
        assertThatThrownBy(() -> store.search("speaker:\"Mark", 0, 10)).isInstanceOf(StoreQueryException.class)
                .hasMessageStartingWith("bad query 'speaker:\"Mark': ");
        assertThatThrownBy(() -> store.search("colour:red", 0, 10)).isInstanceOf(StoreQueryException.class)
                .hasMessageContaining("unknown field 'colour'").hasMessageContaining("speaker");
        assertThatThrownBy(() -> store.search("published:[yesterday TO *]", 0, 10))
                .hasMessageContaining("range bound 'yesterday' is not a date");
        assertThatThrownBy(() -> store.search(" ", 0, 10)).isInstanceOf(StoreQueryException.class)
                .hasMessageContaining("empty query");
    }

    @Test
    void searchPagesThroughHits() {
        SearchResult all = store.search("kind:article", 0, 100);
        SearchResult second = store.search("kind:article", 3, 3);

        assertThat(all.total()).isEqualTo(8);
        assertThat(second.total()).isEqualTo(8);
        assertThat(second.hits()).extracting(SearchHit::id)
                .isEqualTo(all.hits().subList(3, 6).stream().map(SearchHit::id).toList());
    }

    @Test
    void storiesAreListedNewestFirstAndPaged() {
        StoryPage all = store.stories(StoryFilter.first(10));
        StoryPage page = store.stories(new StoryFilter(null, null, null, null, 1, 1));

        assertThat(all.total()).isEqualTo(4);
        assertThat(all.stories().get(0).headline()).contains("chess");
        assertThat(all.stories().get(1).latest()).isEqualTo("2024-10-15T08:00:00Z");
        assertThat(all.stories().get(3).latest()).isNull();
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.stories()).containsExactly(all.stories().get(1));
    }

    @Test
    void storiesFilterByEntityOutletAndDates() {
        assertThat(store.stories(new StoryFilter("Mark Rutte", null, null, null, 0, 10)).stories())
                .extracting(StorySummary::articles).containsExactly(5);
        assertThat(store.stories(new StoryFilter(null, "Valley Times", null, null, 0, 10)).stories())
                .extracting(StorySummary::latest).containsExactly("2024-09-20");
        assertThat(store.stories(new StoryFilter(null, null, "2024-10-01", "2024-10-31", 0, 10)).total()).isEqualTo(1);
    }

    @Test
    void entitiesAreSummedAcrossStoriesMostMentionedFirst() {
        assertThat(store.entities("NATO", 0, 5)).first().satisfies(e -> {
            assertThat(e.name()).isEqualTo("NATO");
            assertThat(e.mentions()).isGreaterThan(5);
            assertThat(e.storyIds()).hasSize(1);
        });
        assertThat(store.entities("", 0, 3)).hasSize(3).isSortedAccordingTo((a, b) -> b.mentions() - a.mentions());
    }

    @Test
    void quotesByFindsASpeakerByNameOrDescription() {
        assertThat(store.quotesBy("Rutte", 0, 100)).isNotEmpty()
                .allSatisfy(q -> assertThat(q.quote().speaker()).contains("Rutte"));
        assertThat(store.quotesBy("", 0, 2)).hasSize(2);
    }

    @Test
    void briefInOneFormatIsThatFormatsStoredRendering() {
        String id = store.article("000_727dab1cf6a8d737").orElseThrow().storyId();
        StoredStory whole = store.story(id).orElseThrow();

        assertThat(store.brief(id, Format.MARKDOWN).orElseThrow().text()).isEqualTo(whole.markdown());
        assertThat(store.brief(id, Format.HTML).orElseThrow().text()).isEqualTo(whole.html());
        StoryBrief json = store.brief(id, Format.JSON).orElseThrow();
        assertThat(json.text()).isEqualTo(whole.json());
        assertThat(json.summary()).isEqualTo(whole.summary());
        assertThat(store.brief("story-nope", Format.JSON)).isEmpty();
    }

    @Test
    void articlesOfAStoryComeInTheOrderAdded() {
        String story = store.article("000_727dab1cf6a8d737").orElseThrow().storyId();

        assertThat(store.articlesOf(story)).extracting(a -> a.id()).startsWith("000_727dab1cf6a8d737").hasSize(5);
        assertThat(store.story("story-nope")).isEmpty();
    }

    @Test
    void aDirectoryWithoutAStoreIsNotFound(@TempDir Path empty) throws IOException {
        Files.createDirectories(empty.resolve("index"));

        assertThatThrownBy(() -> LuceneStoryStore.open(empty)).isInstanceOf(StoreNotFoundException.class)
                .hasMessageContaining("no store at " + empty);
        assertThatThrownBy(() -> LuceneStoryStore.open(empty.resolve("missing")))
                .isInstanceOf(StoreNotFoundException.class);
    }
}
