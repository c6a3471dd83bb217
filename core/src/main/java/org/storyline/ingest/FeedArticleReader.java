package org.storyline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storyline.model.Article;
import org.storyline.model.Problem;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: each item or entry becomes an article. Its
 * body is the item's full content ({@code content:encoded}, Atom {@code content}) when present, else
 * its description or summary, read as HTML when it holds a tag and is not declared plain text, else as
 * plain text; the article's source is that string. The id is the feed's base name, {@code #} and the item's 1-based index; the
 * path is the feed's path, {@code #} and the index. Title, link, date (published, else updated) come
 * from the item, the outlet from the channel title, the language from the channel.
 *
 * <p>XML external entities are never resolved: Rome refuses any DOCTYPE declaration, so a feed that
 * declares one is a problem. Stateless and thread-safe.
 */
public final class FeedArticleReader {

    private static final Pattern TAG = Pattern.compile("<[A-Za-z!/]");

    /** Creates a reader. */
    public FeedArticleReader() {
    }

    /**
     * The articles of the feed in {@code bytes}, and a problem when the feed cannot be read.
     *
     * @param path   where the feed was read from
     * @param baseId the prefix of the article ids (the file name without extensions)
     * @param bytes  the feed, decompressed; its encoding comes from its BOM or XML declaration
     */
    public Ingested read(String path, String baseId, byte[] bytes) {
        SyndFeed feed;
        try {
            feed = parse(bytes);
        } catch (IngestException e) {
            return new Ingested(List.of(), List.of(new Problem(path, IngestBatch.STAGE, e.getMessage())));
        }
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            String where = path + "#" + (i + 1);
            try {
                articles.add(article(feed, entries.get(i), baseId + "#" + (i + 1), where));
            } catch (IngestException e) {
                problems.add(new Problem(where, IngestBatch.STAGE, "item " + (i + 1) + ": " + e.getMessage()));
            }
        }
        if (entries.isEmpty()) {
            problems.add(new Problem(path, IngestBatch.STAGE, "feed has no items"));
        }
        return new Ingested(articles, problems);
    }

    private static SyndFeed parse(byte[] bytes) throws IngestException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            return input.build(reader);
        } catch (IllegalArgumentException e) {
            throw new IngestException("not an RSS or Atom feed");
        } catch (ParsingFeedException e) {
            throw new IngestException(xmlError(e));
        } catch (FeedException | IOException e) {
            throw new IngestException("cannot read feed: " + e.getMessage());
        }
    }

    private static String xmlError(ParsingFeedException e) {
        String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
        if (cause != null && cause.contains("DOCTYPE")) {
            return "not an RSS or Atom feed: DOCTYPE declarations are refused" + where
                    + " (external entities are never resolved)";
        }
        return "not an RSS or Atom feed: XML not well-formed" + where + " (" + cause + ")";
    }

    private static Article article(SyndFeed feed, SyndEntry entry, String id, String where) throws IngestException {
        SyndContent body = body(entry);
        if (body == null || body.getValue() == null || body.getValue().isBlank()) {
            throw new IngestException("no content, description or summary");
        }
        String source = body.getValue();
        Article read = isHtml(body) ? HtmlGuard.read(id, where, source)
                : new TextArticleReader().read(id, where, source);
        return new Article(id, where, source, read.paragraphs(), first(entry.getTitle(), read.title()),
                first(entry.getLink(), read.url()), first(feed.getTitle(), read.outlet()),
                first(iso(entry.getPublishedDate(), entry.getUpdatedDate()), read.published()),
                first(language(feed.getLanguage()), read.language()));
    }

    /** The item's full content when it has some, else its description or summary. */
    private static SyndContent body(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content;
            }
        }
        return entry.getDescription();
    }

    /**
     * Whether the content is to be read as HTML: not declared plain text, and containing a tag (a
     * description declared HTML that holds no tag is read as the text it is).
     */
    private static boolean isHtml(SyndContent content) {
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return false;
        }
        return TAG.matcher(content.getValue()).find();
    }

    private static String iso(Date published, Date updated) {
        Date date = published != null ? published : updated;
        return date == null ? null : date.toInstant().toString();
    }

    /** The primary subtag of a language tag such as {@code en-us}, or null. */
    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    private static String first(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
