package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.storyline.model.Article;

/**
 * The ingest stage: reads files, directories and standard input into {@link Article} values.
 *
 * <p>Directories are walked recursively (files sorted by path, hidden files skipped, files of
 * unsupported types skipped silently). The format follows the extension: {@code .txt}
 * ({@link TextArticleReader}), {@code .html}/{@code .htm} ({@link HtmlArticleReader}), {@code .jsonl}
 * ({@link JsonlArticleReader}), {@code .rss}/{@code .atom}/{@code .xml} ({@link FeedArticleReader})
 * and {@code .warc} ({@link WarcArticleReader}); each may be gzipped ({@code .html.gz}, ...). Text
 * and JSON Lines are strict UTF-8; web pages are decoded by {@link PageDecoder}. The id of a text or
 * HTML article is its file name without extensions. The path {@code -} reads standard input, whose
 * format is guessed (JSON Lines if it starts with <code>{</code>, HTML if with {@code <}, else plain text; gzip
 * is recognised by its magic bytes) and whose article id is {@code stdin}.
 *
 * <p>Bad input never throws: a missing path, an unsupported file named explicitly, an unreadable,
 * empty or binary file, malformed UTF-8, a bad JSON line, a bad feed or archive record, an input
 * larger than 64 MiB once decompressed, an article without text, or a
 * second article with an id already read all become {@link org.storyline.model.Problem}s in
 * {@link Ingested#problems()}, and the rest of the batch goes on. Records skipped on purpose (WARC
 * requests, non-HTML responses, ...) are counted in {@link Ingested#skipped()}. Thread-safe: one
 * instance may serve concurrent calls (standard input can be read only once).
 */
public final class Ingester {

    /** The id and path of the article read from standard input. */
    static final String STDIN_ID = "stdin";

    private final Supplier<InputStream> stdin;
    private final TextArticleReader textReader = new TextArticleReader();
    private final JsonlArticleReader jsonlReader = new JsonlArticleReader();
    private final FeedArticleReader feedReader = new FeedArticleReader();
    private final WarcArticleReader warcReader = new WarcArticleReader();

    /** Creates an ingester whose input {@code -} is {@link System#in}. */
    public Ingester() {
        this.stdin = () -> System.in;
    }

    /**
     * Creates an ingester whose input {@code -} is {@code stdin}.
     *
     * @param stdin what {@code -} reads; not closed
     */
    public Ingester(InputStream stdin) {
        Objects.requireNonNull(stdin, "stdin");
        this.stdin = () -> stdin;
    }

    /**
     * Reads every article in {@code inputs}.
     *
     * @param inputs files, directories and {@code -} (standard input), read in the order given
     * @return the articles read, a problem for each input (or line, item, record) that could not be
     *         read, and the counts of records skipped
     */
    public Ingested ingest(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        IngestBatch batch = new IngestBatch();
        for (Path input : InputWalker.expand(inputs, batch)) {
            boolean fromStdin = InputWalker.isStdin(input);
            String path = fromStdin ? STDIN_ID : input.toString();
            try {
                if (fromStdin) {
                    byte[] bytes = BoundedInput.readSniffingGzip(stdin.get());
                    readDocument(InputFormat.guess(bytes), STDIN_ID, path, bytes, batch);
                } else {
                    readFile(input, batch);
                }
            } catch (IOException e) {
                batch.problem(path, IngestException.describe(e));
            } catch (IngestException e) {
                batch.problem(path, e.getMessage());
            }
        }
        return batch.result();
    }

    private void readFile(Path file, IngestBatch batch) throws IOException, IngestException {
        InputFormat format = InputFormat.of(file).orElseThrow();
        String path = file.toString();
        String id = InputFormat.baseName(file);
        if (Files.size(file) == 0) {
            throw new IngestException("empty file");
        }
        if (format != InputFormat.JSONL && id.isBlank()) {
            throw new IngestException("file name gives no article id");
        }
        if (format == InputFormat.WARC) {
            try (InputStream in = Files.newInputStream(file)) {
                batch.addAll(warcReader.read(path, id, in));
            }
            return;
        }
        readDocument(format, id, path, BoundedInput.readFile(file, InputFormat.isGzipped(file)), batch);
    }

    private void readDocument(InputFormat format, String id, String path, byte[] bytes, IngestBatch batch)
            throws IngestException {
        BinaryContent.refuse(bytes);
        if (format == InputFormat.FEED) {
            batch.addAll(feedReader.read(path, id, bytes));
            return;
        }
        String content = format == InputFormat.HTML ? PageDecoder.decode(bytes, null).text() : Utf8Decoder.decode(bytes);
        if (isBlank(content)) {
            throw new IngestException(path.equals(STDIN_ID) ? "empty input" : "empty file");
        }
        switch (format) {
            case TEXT -> batch.add(textReader.read(id, path, content));
            case HTML -> batch.add(HtmlGuard.read(id, path, content));
            case JSONL -> batch.addAll(jsonlReader.read(path, content));
            default -> throw new IllegalStateException("not a single-document format: " + format);
        }
    }

    private static boolean isBlank(String content) {
        return content.chars().allMatch(c -> LineSplitter.isSpace((char) c));
    }
}
