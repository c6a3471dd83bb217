package org.storyline.ingest;

import org.storyline.model.Article;

/**
 * Reads a page with {@link HtmlArticleReader} so that a pathological page becomes a reason, not a
 * crash: a page longer than {@link #MAX_PAGE_CHARS} (no article page is; parsing one would need
 * several times its size in heap) is refused, and nesting deep enough to exhaust the thread's stack
 * in the parser or the extractor is reported. Every format that carries HTML (files, JSON Lines,
 * feeds, archives) reads its pages through here.
 */
final class HtmlGuard {

    /** The longest page read, in characters: 8 Mi (real article pages stay under 2 Mi). */
    static final int MAX_PAGE_CHARS = 8 << 20;

    private static final HtmlArticleReader READER = new HtmlArticleReader();

    private HtmlGuard() {
    }

    /** Refuses a page longer than {@link #MAX_PAGE_CHARS}. */
    static void checkSize(String source) throws IngestException {
        if (source.length() > MAX_PAGE_CHARS) {
            throw new IngestException("page size exceeds " + (MAX_PAGE_CHARS >> 20)
                    + " Mi characters (too large for an article page)");
        }
    }

    /**
     * The article in the page {@code source}, as {@link HtmlArticleReader#read} gives it.
     *
     * @throws IngestException {@code page size exceeds 8 Mi characters (too large for an article page)}
     *                         or {@code HTML nested too deeply to process (stack overflow)}
     */
    static Article read(String id, String path, String source) throws IngestException {
        checkSize(source);
        try {
            return READER.read(id, path, source);
        } catch (StackOverflowError e) {
            throw new IngestException("HTML nested too deeply to process (stack overflow)");
        }
    }
}
