package org.storyline.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.Article;
import org.storyline.model.Problem;

/**
 * Collects the articles and problems of one ingest run, and enforces the rules every article must
 * meet whatever its format: at least one paragraph, and an id not used before in the batch (the first
 * article with an id wins). Not thread-safe: one batch per run.
 */
final class IngestBatch {

    /** The stage name in every problem this package reports. */
    static final String STAGE = "ingest";

    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> pathById = new HashMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();

    /**
     * Adds {@code article} with its publication date as ISO-8601 ({@link PublicationDate}) and, when the
     * source names no outlet, the host of its address as outlet ({@code thehindu.com}); or a problem when
     * it has no paragraphs or a duplicate id.
     */
    void add(Article read) {
        Article article = normalised(read);
        if (article.paragraphs().isEmpty()) {
            problem(article.path(), "no paragraphs found (no text to ingest)");
            return;
        }
        String first = pathById.putIfAbsent(article.id(), article.path());
        if (first != null) {
            problem(article.path(), "duplicate id '" + article.id() + "' (first read from " + first + ")");
            return;
        }
        articles.add(article);
    }

    private static Article normalised(Article a) {
        String iso = PublicationDate.normalise(a.published());
        String outlet = a.outlet() != null && !a.outlet().isBlank() ? a.outlet() : host(a.url());
        if (java.util.Objects.equals(iso, a.published()) && java.util.Objects.equals(outlet, a.outlet())) {
            return a;
        }
        return new Article(a.id(), a.path(), a.source(), a.paragraphs(), a.title(), a.url(), outlet, iso,
                a.language());
    }

    /** The host of an http(s) address without {@code www.}, or {@code null}. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            String host = uri.getHost();
            if (host == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return null;
            }
            return host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\d*\\.", "");
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Records a problem with the input at {@code path}. */
    void problem(String path, String reason) {
        problems.add(new Problem(path, STAGE, reason));
    }

    /** Records a problem with the input file {@code path}. */
    void problem(Path path, String reason) {
        problem(path.toString(), reason);
    }

    /** Counts {@code count} records left out on purpose for {@code reason}. */
    void skip(String reason, int count) {
        skipped.merge(reason, count, Integer::sum);
    }

    /** Adds everything {@code other} collected, applying this batch's rules to its articles. */
    void addAll(Ingested other) {
        other.articles().forEach(this::add);
        problems.addAll(other.problems());
        other.skipped().forEach(this::skip);
    }

    /** The result so far. */
    Ingested result() {
        return new Ingested(articles, problems, skipped);
    }
}
