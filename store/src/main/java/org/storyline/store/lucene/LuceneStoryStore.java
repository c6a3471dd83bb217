package org.storyline.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.storyline.store.EntityStories;
import org.storyline.store.SearchResult;
import org.storyline.store.StoreNotFoundException;
import org.storyline.store.StoreStats;
import org.storyline.store.StoredArticle;
import org.storyline.store.StoredQuote;
import org.storyline.render.Format;
import org.storyline.store.StoredStory;
import org.storyline.store.StoryBrief;
import org.storyline.store.StoryFilter;
import org.storyline.store.StoryPage;
import org.storyline.store.StoryStore;

/**
 * Reads a store's Lucene index. Needs no lock: it sees the last commit, never a half-written batch, and every
 * call first picks up a newer commit if there is one, so a long-running reader (the server) sees what a writer
 * in another process has committed since. Thread-safe.
 */
public final class LuceneStoryStore implements StoryStore {

    private final Directory directory;
    private final SearcherManager searchers;
    private final Analyzer analyzer = StoreAnalyzers.create();
    private volatile long seenGeneration = -1;
    private final StoreSearch search = new StoreSearch(analyzer);

    private LuceneStoryStore(Directory directory, SearcherManager searchers) {
        this.directory = directory;
        this.searchers = searchers;
    }

    /**
     * Opens the store at {@code dir} for reading.
     *
     * @throws StoreNotFoundException when {@code dir} holds no store
     */
    public static LuceneStoryStore open(Path dir) {
        Path index = StoreLocation.index(dir);
        try {
            Directory directory = FSDirectory.open(index);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new StoreNotFoundException(dir.toString());
            }
            return new LuceneStoryStore(directory, new SearcherManager(directory, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public StoryPage stories(StoryFilter filter) {
        return read(reads -> Listings.stories(reads, filter));
    }

    @Override
    public Optional<StoredStory> story(String id) {
        return read(reads -> reads.story(id));
    }

    @Override
    public Optional<StoryBrief> brief(String id, Format format) {
        return read(reads -> reads.brief(id, format));
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return read(reads -> reads.byKey(StoreFields.ARTICLE, id).map(d -> ArticleDocument.read(d).stored()));
    }

    @Override
    public List<StoredArticle> articlesOf(String storyId) {
        return read(reads -> reads.articlesOf(storyId).stream().map(ArticleEntry::stored).toList());
    }

    @Override
    public List<EntityStories> entities(String name, int offset, int limit) {
        return read(reads -> Listings.entities(reads, name, offset, limit));
    }

    @Override
    public List<StoredQuote> quotesBy(String speaker, int offset, int limit) {
        return read(reads -> Listings.quotesBy(reads, speaker, offset, limit));
    }

    @Override
    public SearchResult search(String query, int offset, int limit) {
        return read(reads -> search.search(reads, query, offset, limit));
    }

    @Override
    public StoreStats stats() {
        return read(reads -> new StoreStats(reads.count(IndexReads.kind(StoreFields.ARTICLE)),
                reads.count(IndexReads.kind(StoreFields.STORY_KIND))));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the store: " + e.getMessage(), e);
        }
    }

    /**
     * Opens the newest commit when a writer has made one since: a look at the directory's commit generation
     * (one listing) on every read, and the locked reopen only when it changed, so that concurrent readers
     * do not queue behind one another.
     */
    private void refreshWhenCommitted() throws IOException {
        long generation = SegmentInfos.getLastCommitGeneration(directory);
        if (generation != seenGeneration) {
            searchers.maybeRefreshBlocking();
            seenGeneration = generation;
        }
    }

    private <T> T read(Function<IndexReads, T> query) {
        try {
            refreshWhenCommitted();
            IndexSearcher searcher = searchers.acquire();
            try {
                return query.apply(new IndexReads(searcher, analyzer));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store: " + e.getMessage(), e);
        }
    }
}
