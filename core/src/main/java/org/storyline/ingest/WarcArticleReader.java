package org.storyline.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.storyline.model.Article;
import org.storyline.model.Problem;

/**
 * Reads a WARC archive (plain or gzipped per record, as Common Crawl's CC-NEWS) with jwarc: every
 * {@code response} record holding an HTTP 2xx HTML page ({@code text/html}, {@code
 * application/xhtml+xml}) becomes an article; every other record is skipped and counted by reason.
 * The page is decoded with {@link PageDecoder}, the charset of the HTTP {@code Content-Type} first,
 * after undoing its {@code Content-Encoding}. The id is the archive's base name, {@code #} and the
 * record's 1-based number; the path is the archive's path, {@code #} and the number; the url is the
 * {@code WARC-Target-URI}; the date is the page's own publication date, else the fetch date
 * ({@code WARC-Date}).
 *
 * <p>A record declaring more than {@link BoundedInput#MAX_BYTES}, and a truncated or unparsable record,
 * are problems naming the record's number and byte offset (in the compressed file for
 * {@code .warc.gz}); the records before it are kept and the rest of the file is not read. A response
 * whose HTTP header cannot be parsed, or whose payload decodes ({@code Content-Encoding}) to more than
 * the limit, is a problem for that record only. Thread-safe.
 */
public final class WarcArticleReader {

    /** Creates a reader. */
    public WarcArticleReader() {
    }

    /**
     * The articles of the archive read from {@code in}.
     *
     * @param path   where the archive was read from
     * @param baseId the prefix of the article ids (the file name without extensions)
     * @param in     the archive, plain or gzipped; not closed
     */
    public Ingested read(String path, String baseId, InputStream in) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException e) {
            return new Ingested(List.of(), List.of(problem(path, 1, 0, "not a WARC file (" + e.getMessage() + ")")));
        }
        int number = 0;
        long offset = 0;
        try (reader) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                number++;
                offset = reader.position();
                try {
                    String skip = skipReason(next.get());
                    if (skip != null) {
                        skipped.merge(skip, 1, Integer::sum);
                    } else {
                        articles.add(article((WarcResponse) next.get(), baseId + "#" + number, path + "#" + number));
                    }
                } catch (RecordException e) {
                    problems.add(problem(path, number, offset, e.getMessage()));
                }
            }
        } catch (FatalRecordException | IOException e) {
            // The reader moves to the next record only once the current one has been read whole.
            boolean current = number > 0 && reader.position() == offset;
            problems.add(problem(path, current ? number : number + 1, reader.position(), fatal(e)));
        }
        return new Ingested(articles, problems, skipped);
    }

    private static String fatal(Exception e) {
        String reason = e instanceof EOFException ? "truncated record (" + e.getMessage() + ")"
                : e instanceof FatalRecordException ? e.getMessage()
                : "not a valid WARC record (" + e.getMessage() + ")";
        return reason + "; rest of file not read";
    }

    private static Problem problem(String path, int number, long offset, String reason) {
        return new Problem(path, IngestBatch.STAGE, "record " + number + " at byte " + offset + ": " + reason);
    }

    /** Why {@code record} is not an article, or null when it is an HTML response. */
    private static String skipReason(WarcRecord record)
            throws IOException, FatalRecordException, RecordException {
        if (record.body().size() > BoundedInput.MAX_BYTES) {
            throw new FatalRecordException("record size exceeds " + BoundedInput.MAX_TEXT);
        }
        if (!(record instanceof WarcResponse response)) {
            return "WARC " + record.type() + " record";
        }
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return "WARC response, not HTTP";
        }
        HttpResponse http = http(response);
        MediaType type = http.contentType().base();
        if (!type.equals(MediaType.HTML) && !type.equals(MediaType.XHTML)) {
            return "WARC response, not HTML";
        }
        if (http.status() < 200 || http.status() > 299) {
            return "WARC response, HTTP status not 2xx";
        }
        return null;
    }

    private static Article article(WarcResponse response, String id, String where)
            throws IOException, RecordException {
        HttpResponse http = http(response);
        byte[] page;
        try (InputStream body = http.bodyDecoded().stream()) {
            page = BoundedInput.readDecompressed(body);
        } catch (IngestException e) {
            throw new RecordException(e.getMessage());
        }
        String charset = http.contentType().parameters().get("charset");
        Article read;
        try {
            read = HtmlGuard.read(id, where, PageDecoder.decode(page, charset).text());
        } catch (IngestException e) {
            throw new RecordException(e.getMessage());
        }
        return new Article(id, where, read.source(), read.paragraphs(), read.title(), response.target(),
                read.outlet(), read.published() != null ? read.published() : response.date().toString(),
                read.language());
    }

    private static HttpResponse http(WarcResponse response) throws IOException, RecordException {
        try {
            return response.http();
        } catch (EOFException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new RecordException("HTTP header not parsable (" + e.getMessage() + ")");
        }
    }

    /** A record cannot be read, but the following ones can. */
    private static final class RecordException extends Exception {
        private static final long serialVersionUID = 1L;

        RecordException(String reason) {
            super(reason);
        }
    }

    /** A record cannot be read and the file cannot be read past it. */
    private static final class FatalRecordException extends Exception {
        private static final long serialVersionUID = 1L;

        FatalRecordException(String reason) {
            super(reason);
        }
    }
}
