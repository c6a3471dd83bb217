package org.storyline.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.storyline.store.EntityStories;

/**
 * Keeps each entity's document, summed over the stories that mention it, up to date: after stories change,
 * the entities they mention (or mentioned) are summed again from the story documents, in the same commit.
 */
final class EntityTotals {

    private static final Sort NEWEST = new Sort(new SortField(StoreFields.LATEST_SORT, SortField.Type.STRING, true));

    private EntityTotals() {
    }

    /** Rewrites the documents of the entities with {@code keys}, reading the stories as {@code reads} sees them. */
    static void update(IndexWriter writer, IndexReads reads, Collection<String> keys) throws IOException {
        for (String key : new LinkedHashSet<>(keys)) {
            Term term = new Term(StoreFields.KEY, StoreFields.key(StoreFields.ENTITY_KIND, key));
            List<Document> stories = reads.page(IndexReads.and(IndexReads.kind(StoreFields.STORY_KIND),
                    new TermQuery(new Term(StoreFields.ENTITY_KEY, key))), NEWEST, 0, Integer.MAX_VALUE - 1, null)
                    .documents();
            if (stories.isEmpty()) {
                writer.deleteDocuments(term);
                continue;
            }
            writer.updateDocument(term, sum(key, stories));
        }
    }

    private static Document sum(String key, List<Document> stories) {
        int mentions = 0;
        Map<String, Integer> roles = new HashMap<>();
        Set<String> variants = new LinkedHashSet<>();
        List<String> storyIds = new ArrayList<>();
        EntityCount first = null;
        for (Document doc : stories) {
            StoryEntry entry = StoryDocument.readEntry(doc);
            for (EntityCount e : entry.entities()) {
                if (e.key().equals(key)) {
                    first = first == null ? e : first;
                    mentions += e.mentions();
                    variants.addAll(e.variants());
                    if (e.role() != null) {
                        roles.merge(e.role(), e.mentions(), Integer::sum);
                    }
                }
            }
            storyIds.add(entry.story().id());
        }
        if (first == null) {
            throw new UncheckedIOException(new IOException("entity " + key + " is indexed but not stored"));
        }
        String role = roles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        EntityStories entity = new EntityStories(first.name(), first.type(), role, mentions, storyIds);
        String latest = StoryDocument.readEntry(stories.get(0)).story().summary().latest();
        return EntityDocument.of(entity, List.copyOf(variants), latest);
    }
}
