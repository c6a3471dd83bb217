package org.storyline.store.lucene;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.storyline.store.StoreQueryException;

/**
 * The store's query language: Lucene's classic syntax over the store's fields. Words without a field search
 * titles and text; {@code field:word}, {@code field:"a phrase"}, {@code published:[2024-10-01 TO 2024-10-31]}
 * (bounds {@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy} or {@code *}), {@code AND}, {@code OR}, {@code NOT},
 * {@code +}, {@code -}, parentheses, {@code word*}. Words are all required unless joined by {@code OR}.
 */
final class QueryLanguage {

    /** The fields a query may name, with what they hold. */
    static final Map<String, String> FIELDS = Map.of(
            StoreFields.TITLE, "headlines, titles, speakers, entity names",
            StoreFields.TEXT, "article text, story summaries, quoted words",
            StoreFields.OUTLET, "outlets and credited agencies",
            StoreFields.SPEAKER, "a quote's speaker name or description",
            StoreFields.ENTITY, "people, organisations and places a story mentions",
            StoreFields.PUBLISHED, "publication day, yyyy-MM-dd",
            StoreFields.LATEST, "a story's latest publication day",
            StoreFields.KIND, "article, story, quote or entity",
            StoreFields.STORY, "story id",
            StoreFields.ID, "record id");

    private static final List<String> DATE_FIELDS = List.of(StoreFields.PUBLISHED, StoreFields.LATEST);

    private final Analyzer analyzer;

    QueryLanguage(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The query written as {@code text}.
     *
     * @throws StoreQueryException naming the query and what is wrong with it
     */
    Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw new StoreQueryException("empty query: give words, a \"phrase\" or field:value", null);
        }
        Parser parser = new Parser(analyzer);
        try {
            return parser.parse(text);
        } catch (ParseException | BooleanQuery.TooManyClauses e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("").replace("Cannot parse '" + text + "': ", "");
            throw new StoreQueryException("bad query '" + text + "': " + reason.strip(), e);
        } catch (IllegalArgumentException e) {
            throw new StoreQueryException("bad query '" + text + "': " + e.getMessage(), e);
        }
    }

    /** The classic parser, refusing unknown fields and date ranges that are not dates. */
    private static final class Parser extends MultiFieldQueryParser {

        Parser(Analyzer analyzer) {
            super(new String[] {StoreFields.TITLE, StoreFields.TEXT}, analyzer);
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(false);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return super.getFieldQuery(known(field), queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return super.getFieldQuery(known(field), queryText, slop);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(known(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(known(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(known(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            known(field);
            if (field != null && DATE_FIELDS.contains(field)) {
                for (String bound : new String[] {part1, part2}) {
                    if (bound != null && !bound.equals("*") && !Days.isBound(bound)) {
                        throw new ParseException(field + ": range bound '" + bound
                                + "' is not a date: write yyyy-MM-dd, yyyy-MM or yyyy");
                    }
                }
                // a bound given as a month or year takes in all of it at the top end
                if (part2 != null && endInclusive && part2.length() < 10) {
                    part2 = part2 + "\uffff";
                }
            }
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        private static String known(String field) throws ParseException {
            if (field != null && !FIELDS.containsKey(field)) {
                throw new ParseException("unknown field '" + field + "': use one of "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS.keySet())));
            }
            return field;
        }
    }
}
