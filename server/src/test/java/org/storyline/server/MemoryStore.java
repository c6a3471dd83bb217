package org.storyline.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.store.EntityStories;
import org.storyline.store.IngestListener;
import org.storyline.store.IngestReport;
import org.storyline.store.SearchHit;
import org.storyline.store.SearchResult;
import org.storyline.store.StoreLockedException;
import org.storyline.store.StoreQueryException;
import org.storyline.store.StoreStats;
import org.storyline.store.StoreWriter;
import org.storyline.store.StoredArticle;
import org.storyline.store.StoredQuote;
import org.storyline.store.StoredStory;
import org.storyline.store.StoryFilter;
import org.storyline.store.StoryPage;
import org.storyline.store.StoryStore;
import org.storyline.store.StorySummary;

/**
 * A store held in memory, for the server's tests: stories and articles added by hand, a simple substring
 * search (a query with an odd number of {@code "} cannot be parsed), merged ids, and a writer that files every
 * new article under a story of its own. The story id {@code boom} fails with an internal error.
 */
final class MemoryStore implements StoryStore {

    /** The id whose lookup throws, to test the 500 answer. */
    static final String BOOM = "boom";
    /** The detail the failure carries, which must never reach a client. */
    static final String SECRET = "secret internal detail";

    private final Map<String, StoredStory> stories = new LinkedHashMap<>();
    private final Map<String, String> merged = new LinkedHashMap<>();
    private final Map<String, StoredArticle> articles = new LinkedHashMap<>();
    private final List<EntityStories> entities = new CopyOnWriteArrayList<>();
    private final List<StoredQuote> quotes = new CopyOnWriteArrayList<>();
    private volatile long lockedBy;
    private volatile int writersOpened;

    /** Adds {@code story} with its {@code articles}. */
    synchronized MemoryStore add(StoredStory story, List<Article> articles) {
        stories.put(story.id(), story);
        for (Article article : articles) {
            this.articles.put(article.id(), new StoredArticle(article, story.id(), "h" + article.source().hashCode(),
                    "2024-10-20T00:00:00Z"));
        }
        return this;
    }

    /** Makes {@code oldId} answer with story {@code survivor}. */
    synchronized MemoryStore merge(String oldId, String survivor) {
        merged.put(oldId, survivor);
        return this;
    }

    /** Adds an entity. */
    MemoryStore entity(EntityStories entity) {
        entities.add(entity);
        return this;
    }

    /** Adds a quote. */
    MemoryStore quote(StoredQuote quote) {
        quotes.add(quote);
        return this;
    }

    /** From now on, opening a writer fails as if process {@code pid} held the store ({@code 0}: it does not). */
    void lockBy(long pid) {
        lockedBy = pid;
    }

    /** How many writers were opened. */
    int writersOpened() {
        return writersOpened;
    }

    /** Opens writers on this store. */
    Supplier<StoreWriter> writers() {
        return () -> {
            if (lockedBy != 0) {
                throw new StoreLockedException("/tmp/memory-store", lockedBy);
            }
            writersOpened++;
            return new Writer();
        };
    }

    @Override
    public synchronized StoryPage stories(StoryFilter filter) {
        List<StorySummary> matching = stories.values().stream().map(StoredStory::summary)
                .filter(s -> filter.entity() == null || s.entities().contains(filter.entity()))
                .filter(s -> filter.outlet() == null || s.outlets().contains(filter.outlet()))
                .filter(s -> filter.from() == null || s.latest() != null && s.latest().compareTo(filter.from()) >= 0)
                .filter(s -> filter.to() == null || s.latest() != null && s.latest().compareTo(filter.to()) <= 0)
                .sorted(Comparator.comparing((StorySummary s) -> s.latest() == null ? "" : s.latest()).reversed()
                        .thenComparing(StorySummary::id))
                .toList();
        return new StoryPage(matching.size(), page(matching, filter.offset(), filter.limit()));
    }

    @Override
    public synchronized Optional<StoredStory> story(String id) {
        if (BOOM.equals(id)) {
            throw new IllegalStateException(SECRET);
        }
        return Optional.ofNullable(stories.get(merged.getOrDefault(id, id)));
    }

    @Override
    public synchronized Optional<StoredArticle> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public synchronized List<StoredArticle> articlesOf(String storyId) {
        return articles.values().stream().filter(a -> a.storyId().equals(storyId)).toList();
    }

    @Override
    public List<EntityStories> entities(String name, int offset, int limit) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return page(entities.stream().filter(e -> e.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparingInt(EntityStories::mentions).reversed()).toList(), offset, limit);
    }

    @Override
    public List<StoredQuote> quotesBy(String speaker, int offset, int limit) {
        String wanted = speaker.toLowerCase(Locale.ROOT);
        return page(quotes.stream().filter(q -> q.quote().speaker() != null
                && q.quote().speaker().toLowerCase(Locale.ROOT).contains(wanted)).toList(), offset, limit);
    }

    @Override
    public synchronized SearchResult search(String query, int offset, int limit) {
        if (query.chars().filter(c -> c == '"').count() % 2 == 1) {
            throw new StoreQueryException("unbalanced quotation mark in '" + query + "'", null);
        }
        String wanted = query.replace("\"", "").toLowerCase(Locale.ROOT);
        List<SearchHit> hits = new ArrayList<>();
        for (StoredStory story : stories.values()) {
            if (story.summary().headline().toLowerCase(Locale.ROOT).contains(wanted)) {
                hits.add(new SearchHit("story", story.id(), story.id(), story.summary().headline(),
                        story.summary().headline(), 2f));
            }
        }
        for (StoredArticle article : articles.values()) {
            String text = article.article().source();
            int at = text.toLowerCase(Locale.ROOT).indexOf(wanted);
            if (at >= 0) {
                hits.add(new SearchHit("article", article.id(), article.storyId(), article.article().title(),
                        text.substring(Math.max(0, at - 40), Math.min(text.length(), at + wanted.length() + 40)), 1f));
            }
        }
        return new SearchResult(hits.size(), page(hits, offset, limit));
    }

    @Override
    public synchronized StoreStats stats() {
        return new StoreStats(articles.size(), stories.size());
    }

    @Override
    public void close() {
    }

    private static <T> List<T> page(List<T> all, int offset, int limit) {
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    }

    /** Files each new article under a story of its own; an id already stored is a duplicate. */
    private final class Writer implements StoreWriter {

        @Override
        public IngestReport add(List<Article> batch, IngestListener listener) {
            int added = 0;
            int duplicates = 0;
            synchronized (MemoryStore.this) {
                for (Article article : batch) {
                    if (articles.containsKey(article.id())) {
                        duplicates++;
                        continue;
                    }
                    String headline = article.title() == null ? article.id() : article.title();
                    MemoryStore.this.add(Fixtures.story("s-" + article.id(), headline, article.published(), List.of(article),
                            Fixtures.json(Fixtures.brief("s-" + article.id(), headline, List.of(article), List.of()))),
                            List.of(article));
                    added++;
                }
            }
            return new IngestReport(added, duplicates, added, 0, List.<Problem>of());
        }

        @Override
        public void close() {
        }
    }
}
