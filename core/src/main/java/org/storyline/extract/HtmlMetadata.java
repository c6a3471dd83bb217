package org.storyline.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's title, canonical address, outlet and language from the usual places in a page:
 * JSON-LD ({@link JsonLd}), Open Graph and other meta tags, the canonical link, the first {@code h1}, the
 * {@code title} element and the {@code html lang} attribute. Each method returns {@code null} when the
 * page does not say. Dates are read by {@link PublishedDate}, authors by {@link Authors}.
 */
final class HtmlMetadata {

    private static final Set<String> LANGUAGE_KEYS = Set.of("content-language", "language", "dc.language");

    private HtmlMetadata() {
    }

    /**
     * {@code og:title}, else the JSON-LD headline, else the first {@code h1}, else the {@code title} element;
     * without a trailing (or leading) site name ({@link TitleCleaner}).
     */
    static String title(Document page, JsonLd ld) {
        String title = MetaTags.first(page, "og:title");
        if (title == null) {
            title = ld.headline();
        }
        if (title == null) {
            title = MetaTags.first(page, "twitter:title");
        }
        if (title == null) {
            title = MetaTags.text(page.selectFirst("h1"));
        }
        if (title == null) {
            title = MetaTags.text(page.selectFirst("title"));
        }
        return title == null ? null : TitleCleaner.clean(title, outlet(page, ld));
    }

    /** The canonical link, else {@code og:url}, else the JSON-LD url. */
    static String url(Document page, JsonLd ld) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? null : MetaTags.blankToNull(canonical.attr("href"));
        if (url == null) {
            url = MetaTags.first(page, "og:url");
        }
        return url != null ? url : ld.url();
    }

    /** {@code og:site_name}, else the JSON-LD publisher, else {@code application-name}. */
    static String outlet(Document page, JsonLd ld) {
        String outlet = MetaTags.first(page, "og:site_name");
        if (outlet == null) {
            outlet = ld.publisher();
        }
        return outlet != null ? outlet : MetaTags.first(page, "application-name");
    }

    /**
     * The two-letter primary language, lower case, of {@code <html lang>}, else {@code og:locale}, else the
     * content-language meta tag, else the JSON-LD {@code inLanguage} ({@code en-GB} and {@code en_GB} give
     * {@code en}).
     */
    static String language(Document page, JsonLd ld) {
        Element html = page.selectFirst("html");
        String language = primary(html == null ? null : html.attr("lang"));
        if (language == null) {
            language = primary(MetaTags.first(page, "og:locale"));
        }
        if (language == null) {
            language = primary(MetaTags.first(page, LANGUAGE_KEYS));
        }
        return language != null ? language : primary(ld.language());
    }

    /** The two-letter primary subtag of a language tag, lower case, or null. */
    static String primary(String tag) {
        if (tag == null) {
            return null;
        }
        String lang = tag.trim();
        int dash = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
        String primary = dash >= 0 ? lang.substring(0, dash) : lang;
        return primary.length() == 2 && primary.chars().allMatch(Character::isLetter)
                ? primary.toLowerCase(Locale.ROOT) : null;
    }
}
