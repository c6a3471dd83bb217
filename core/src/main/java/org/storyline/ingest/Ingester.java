package org.storyline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.storyline.model.Article;

/**
 * The ingest stage: reads files and directories into {@link Article} values.
 *
 * <p>Directories are walked recursively (files sorted by path, hidden files skipped, files of
 * unsupported types skipped silently). The format follows the extension: {@code .txt}
 * ({@link TextArticleReader}), {@code .html}/{@code .htm} ({@link HtmlArticleReader}) and
 * {@code .jsonl} ({@link JsonlArticleReader}). Files are decoded as strict UTF-8, with or without a
 * byte order mark. The id of a text or HTML article is its file name without extension.
 *
 * <p>Bad input never throws: a missing path, an unsupported file named explicitly, an unreadable or
 * empty file, malformed UTF-8, a bad JSON line, an article without text, or a second article with an
 * id already read all become {@link org.storyline.model.Problem}s in {@link Ingested#problems()}, and
 * the rest of the batch goes on. Thread-safe: one instance may serve concurrent calls.
 */
public final class Ingester {

    private final TextArticleReader textReader = new TextArticleReader();
    private final HtmlArticleReader htmlReader = new HtmlArticleReader();
    private final JsonlArticleReader jsonlReader = new JsonlArticleReader();

    /** Creates an ingester. */
    public Ingester() {
    }

    /**
     * Reads every article in {@code inputs}.
     *
     * @param inputs files and directories, read in the order given
     * @return the articles read, and a problem for each input (or JSONL line) that could not be read
     */
    public Ingested ingest(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        IngestBatch batch = new IngestBatch();
        for (Path file : InputWalker.expand(inputs, batch)) {
            read(file, batch);
        }
        return batch.result();
    }

    private void read(Path file, IngestBatch batch) {
        InputFormat format = InputFormat.of(file).orElseThrow();
        String content;
        try {
            byte[] bytes = Files.readAllBytes(file);
            content = format == InputFormat.HTML ? PageDecoder.decode(bytes, null).text() : Utf8Decoder.decode(bytes);
        } catch (IOException e) {
            batch.problem(file, IngestException.describe(e));
            return;
        } catch (IngestException e) {
            batch.problem(file, e.getMessage());
            return;
        }
        if (isBlank(content)) {
            batch.problem(file, "empty file");
            return;
        }
        String path = file.toString();
        String id = InputFormat.baseName(file);
        if (format != InputFormat.JSONL && id.isBlank()) {
            batch.problem(file, "file name gives no article id");
            return;
        }
        switch (format) {
            case TEXT -> batch.add(textReader.read(id, path, content));
            case HTML -> batch.add(htmlReader.read(id, path, content));
            case JSONL -> batch.addAll(jsonlReader.read(path, content));
        }
    }

    private static boolean isBlank(String content) {
        return content.chars().allMatch(c -> LineSplitter.isSpace((char) c));
    }
}
