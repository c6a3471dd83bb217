package org.storyline.extract;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from the usual places in a page: Open Graph and article meta tags,
 * the canonical link, {@code time} elements, schema.org microdata and the {@code html lang}
 * attribute. Each method returns {@code null} when the page does not say.
 */
final class HtmlMetadata {

    private HtmlMetadata() {
    }

    /** {@code og:title}, else the first {@code h1}, else the {@code title} element. */
    static String title(Document page) {
        String title = meta(page, "og:title");
        if (title == null) {
            title = text(page.selectFirst("h1"));
        }
        return title != null ? title : text(page.selectFirst("title"));
    }

    /** The canonical link, else {@code og:url}. */
    static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? null : blankToNull(canonical.attr("href"));
        return url != null ? url : meta(page, "og:url");
    }

    /** {@code og:site_name}. */
    static String outlet(Document page) {
        return meta(page, "og:site_name");
    }

    /** {@code article:published_time}, else a {@code time[datetime]}, else {@code itemprop=datePublished}; as given. */
    static String published(Document page) {
        String published = meta(page, "article:published_time");
        if (published == null) {
            Element time = page.selectFirst("time[datetime]");
            published = time == null ? null : blankToNull(time.attr("datetime"));
        }
        if (published == null) {
            Element item = page.selectFirst("[itemprop=datePublished]");
            if (item != null) {
                published = blankToNull(item.hasAttr("content") ? item.attr("content")
                        : item.hasAttr("datetime") ? item.attr("datetime") : item.text());
            }
        }
        return published;
    }

    /** The two-letter primary language of {@code <html lang>}, lower case ({@code en-GB} gives {@code en}). */
    static String language(Document page) {
        Element html = page.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").trim();
        int dash = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
        String primary = dash >= 0 ? lang.substring(0, dash) : lang;
        return primary.length() == 2 && primary.chars().allMatch(Character::isLetter)
                ? primary.toLowerCase(Locale.ROOT) : null;
    }

    /** The content of the first {@code meta} whose {@code property} or {@code name} is {@code key}. */
    private static String meta(Document page, String key) {
        for (Element meta : page.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))) {
                String content = blankToNull(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? null : blankToNull(element.text());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
