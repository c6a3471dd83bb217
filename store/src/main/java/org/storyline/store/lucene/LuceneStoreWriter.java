package org.storyline.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.store.IngestListener;
import org.storyline.store.IngestReport;
import org.storyline.store.StoreLockedException;
import org.storyline.store.StoreWriter;

/**
 * Adds articles to a store's Lucene index, batch by batch: each batch's articles, the stories they change,
 * those stories' rendered briefs, quotes and entities are written and then committed together, so a crash
 * loses at most the batch in progress. Holds the store's {@link WriterLock} from open to close. Not
 * thread-safe: one thread adds.
 */
public final class LuceneStoreWriter implements StoreWriter {

    /** Articles per commit unless told otherwise. */
    public static final int DEFAULT_BATCH = 20;

    private final WriterLock lock;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final BatchIngest ingest;
    private final int batchSize;

    private LuceneStoreWriter(WriterLock lock, Directory directory, IndexWriter writer, IngestStages stages,
                              int batchSize) throws IOException {
        this.lock = lock;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.ingest = new BatchIngest(stages, new Annotations(stages));
        this.batchSize = batchSize;
    }

    /**
     * Opens the store at {@code dir} for writing, creating it if needed.
     *
     * @param stages    the pipeline stages to run on new articles
     * @param batchSize articles per commit, at least 1
     * @throws StoreLockedException when another writer holds the store
     */
    public static LuceneStoreWriter open(Path dir, IngestStages stages, int batchSize) {
        Objects.requireNonNull(stages, "stages");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        WriterLock lock = WriterLock.acquire(dir);
        try {
            Directory directory = FSDirectory.open(StoreLocation.index(dir));
            IndexWriterConfig config = new IndexWriterConfig(StoreAnalyzers.create())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // an empty store that readers can open
            }
            return new LuceneStoreWriter(lock, directory, writer, stages, batchSize);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e instanceof IOException io
                    ? new UncheckedIOException("cannot open the store at " + dir + " for writing: " + e.getMessage(), io)
                    : (RuntimeException) e;
        }
    }

    @Override
    public IngestReport add(List<Article> articles, IngestListener listener) {
        int done = 0;
        int added = 0;
        int duplicates = 0;
        List<Problem> problems = new ArrayList<>();
        Set<String> created = new LinkedHashSet<>();
        Set<String> updated = new LinkedHashSet<>();
        listener.progress(0, articles.size());
        for (int from = 0; from < articles.size(); from += batchSize) {
            List<Article> batch = articles.subList(from, Math.min(articles.size(), from + batchSize));
            int before = done;
            int[] ticks = {0};
            BatchIngest.Result result = runBatch(batch, () -> listener.progress(before + ++ticks[0], articles.size()));
            done += batch.size();
            added += result.added().size();
            duplicates += result.duplicates();
            problems.addAll(result.problems());
            created.addAll(result.created());
            result.updated().stream().filter(id -> !created.contains(id)).forEach(updated::add);
            result.merged().stream().filter(id -> !created.remove(id)).forEach(updated::add);
            if (!result.added().isEmpty()) {
                listener.committed(result.added());
            }
            listener.progress(done, articles.size());
        }
        return new IngestReport(added, duplicates, created.size(), updated.size(), problems);
    }

    private BatchIngest.Result runBatch(List<Article> batch, Runnable tick) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            BatchIngest.Result result;
            try {
                result = ingest.run(batch, writer, new IndexReads(searcher, writer.getAnalyzer()), tick);
            } finally {
                searchers.release(searcher);
            }
            searchers.maybeRefreshBlocking();
            IndexSearcher written = searchers.acquire();
            try {
                EntityTotals.update(writer, new IndexReads(written, writer.getAnalyzer()), result.entityKeys());
            } finally {
                searchers.release(written);
            }
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the store: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the store: " + e.getMessage(), e);
        } finally {
            lock.close();
        }
    }
}
