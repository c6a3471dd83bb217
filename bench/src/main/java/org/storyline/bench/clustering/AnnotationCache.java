package org.storyline.bench.clustering;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.CleanArticle;
import org.storyline.model.Sentence;
import org.storyline.nlp.TextAnnotator;

/**
 * Annotates cleaned articles, keeping the sentences and tokens of each in a JSON file so that a second run
 * skips CoreNLP. An entry is used only when the article's clean text is unchanged (its hash is stored).
 */
public final class AnnotationCache {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Entry(int textHash, List<Sentence> sentences) {
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private AnnotationCache(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** The cache in {@code file}, empty when the file does not exist. */
    public static AnnotationCache open(Path file) {
        if (!Files.exists(file)) {
            return new AnnotationCache(file, new LinkedHashMap<>());
        }
        try {
            return new AnnotationCache(file, JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Entry>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read annotation cache " + file + " (delete it to rebuild)", e);
        }
    }

    /** {@code clean} annotated: from the cache when its text is unchanged, else by {@code annotator}. */
    public AnnotatedArticle annotate(CleanArticle clean, TextAnnotator annotator) {
        Entry e = entries.get(clean.id());
        if (e == null || e.textHash() != clean.text().hashCode()) {
            e = new Entry(clean.text().hashCode(), annotator.annotate(clean.text(), clean.paragraphs()));
            entries.put(clean.id(), e);
        }
        return new AnnotatedArticle(clean, e.sentences());
    }

    /** Writes the cache back to its file. */
    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write annotation cache " + file, e);
        }
    }
}
