package org.storyline.store.lucene;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.Problem;
import org.storyline.pipeline.Failures;

/**
 * Decides which articles of a batch are new: each is language-tagged and cleaned as {@code storyline brief}
 * does; one whose clean text (blanks normalised) or address is already stored, or seen earlier in the batch,
 * is a duplicate. A new article whose id is taken by other content gets the id {@code ID~HASH8}.
 */
final class Admission {

    private Admission() {
    }

    /**
     * What a batch brings.
     *
     * @param fresh      the new articles, cleaned, in input order
     * @param hashes     their content hashes, in the same order
     * @param duplicates how many were already stored
     * @param problems   articles that could not be cleaned
     */
    record Admitted(List<CleanArticle> fresh, List<String> hashes, int duplicates, List<Problem> problems) {
    }

    /** Sorts {@code batch} into new articles, duplicates and problems; {@code tick} runs once per article. */
    static Admitted admit(List<Article> batch, IndexReads reads, IngestStages stages, Runnable tick) {
        List<CleanArticle> fresh = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (Article raw : batch) {
            try {
                Article article = stages.languages().tag(raw);
                CleanArticle clean = stages.cleaner().clean(article);
                String hash = ContentHash.of(clean.text());
                String url = UrlKey.of(article.url());
                if (!seen.add("hash " + hash) || (url != null && !seen.add("url " + url))
                        || reads.first(StoreFields.ARTICLE, StoreFields.HASH, hash).isPresent()
                        || (url != null && reads.first(StoreFields.ARTICLE, StoreFields.URL, url).isPresent())) {
                    duplicates++;
                } else {
                    String id = freeId(article.id(), hash, reads, seen);
                    if (id == null) {
                        problems.add(new Problem(article.path(), "store", "article id " + article.id()
                                + " is already stored with other content"));
                    } else {
                        seen.add("id " + id);
                        fresh.add(id.equals(article.id()) ? clean : stages.cleaner().clean(renamed(article, id)));
                        hashes.add(hash);
                    }
                }
            } catch (RuntimeException e) {
                problems.add(new Problem(raw.path(), "clean", Failures.describe(e)));
            }
            tick.run();
        }
        return new Admitted(fresh, hashes, duplicates, problems);
    }

    private static String freeId(String id, String hash, IndexReads reads, Set<String> seen) {
        for (String candidate : List.of(id, id + "~" + hash.substring(0, 8))) {
            if (!seen.contains("id " + candidate) && !reads.exists(StoreFields.ARTICLE, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Article renamed(Article a, String id) {
        return new Article(id, a.path(), a.source(), a.paragraphs(), a.title(), a.url(), a.outlet(), a.published(),
                a.language());
    }
}
