package org.storyline.store.lucene;

import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermRangeQuery;
import org.storyline.store.EntityStories;
import org.storyline.store.StoredQuote;
import org.storyline.store.StoryFilter;
import org.storyline.store.StoryPage;
import org.storyline.store.StorySummary;

/** Pages of stories, entities and quotes, newest or most mentioned first, as the reader lists them. */
final class Listings {

    private static final Sort NEWEST = new Sort(new SortField(StoreFields.LATEST_SORT, SortField.Type.STRING, true),
            new SortField(StoreFields.UPDATED, SortField.Type.STRING, true));
    private static final Sort MOST_MENTIONED = new Sort(new SortField(StoreFields.MENTIONS, SortField.Type.LONG, true),
            new SortField(StoreFields.LATEST_SORT, SortField.Type.STRING, true));
    private static final Sort QUOTES = new Sort(new SortField(StoreFields.LATEST_SORT, SortField.Type.STRING, true),
            new SortField(StoreFields.STORY_SORT, SortField.Type.STRING), new SortField(StoreFields.POSITION, SortField.Type.LONG));

    private Listings() {
    }

    /** Stories matching {@code filter}, newest first. */
    static StoryPage stories(IndexReads reads, StoryFilter filter) {
        Query dates = filter.from() == null && filter.to() == null ? null
                : TermRangeQuery.newStringRange(StoreFields.LATEST, day(filter.from(), "from"), day(filter.to(), "to"),
                        true, true);
        Query query = IndexReads.and(IndexReads.kind(StoreFields.STORY_KIND),
                reads.name(StoreFields.ENTITY, filter.entity()), reads.name(StoreFields.OUTLET, filter.outlet()), dates);
        IndexReads.Page page = reads.page(query, NEWEST, filter.offset(), filter.limit(), StoryDocument.summaryFields());
        List<StorySummary> stories = page.documents().stream()
                .map(d -> RecordCodec.read(d.get(StoreFields.RECORD), StorySummary.class)).toList();
        return new StoryPage(page.total(), stories);
    }

    /** Entities named like {@code name} (all when blank), most mentioned first. */
    static List<EntityStories> entities(IndexReads reads, String name, int offset, int limit) {
        Query query = IndexReads.and(IndexReads.kind(StoreFields.ENTITY_KIND), reads.name(StoreFields.ENTITY, name));
        return reads.page(query, MOST_MENTIONED, offset, limit, null).documents().stream()
                .map(EntityDocument::read).toList();
    }

    /** Quotes whose speaker is named or described like {@code speaker} (all when blank), newest story first. */
    static List<StoredQuote> quotesBy(IndexReads reads, String speaker, int offset, int limit) {
        Query query = IndexReads.and(IndexReads.kind(StoreFields.QUOTE), reads.name(StoreFields.SPEAKER, speaker));
        return reads.page(query, QUOTES, offset, limit, null).documents().stream().map(QuoteDocument::read).toList();
    }

    private static String day(String date, String bound) {
        if (date == null) {
            return null;
        }
        String day = Days.of(date);
        if (day == null) {
            throw new IllegalArgumentException("story filter " + bound + " must be an ISO-8601 date, was " + date);
        }
        return day;
    }
}
