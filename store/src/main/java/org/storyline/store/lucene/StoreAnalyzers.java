package org.storyline.store.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * How each field's text becomes terms, the same when indexing and when parsing a query: prose (titles, text)
 * with English stemming, names (outlets, speakers, entities) by words without stemming, ids and dates whole.
 */
final class StoreAnalyzers {

    private StoreAnalyzers() {
    }

    /** The analyzer of every field. */
    static Analyzer create() {
        Analyzer keyword = new KeywordAnalyzer();
        Analyzer names = new StandardAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(
                StoreFields.OUTLET, names,
                StoreFields.SPEAKER, names,
                StoreFields.ENTITY, names,
                StoreFields.TERMS, new WhitespaceAnalyzer(),
                StoreFields.KIND, keyword,
                StoreFields.ID, keyword,
                StoreFields.STORY, keyword,
                StoreFields.PUBLISHED, keyword,
                StoreFields.LATEST, keyword));
    }
}
