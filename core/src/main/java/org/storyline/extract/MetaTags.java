package org.storyline.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@code meta} tags of a page by {@code property}, {@code name}, {@code itemprop} or {@code http-equiv}. */
final class MetaTags {

    private MetaTags() {
    }

    /** The content of the first {@code meta} whose key (any of the four attributes) is one of {@code keys}, or null. */
    static String first(Document page, Set<String> keys) {
        for (Element meta : page.getElementsByTag("meta")) {
            if (matches(meta, keys)) {
                String content = blankToNull(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    /** As {@link #first(Document, Set)} for one key. */
    static String first(Document page, String key) {
        return first(page, Set.of(key.toLowerCase(Locale.ROOT)));
    }

    private static boolean matches(Element meta, Set<String> keys) {
        for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            String value = meta.attr(attribute);
            if (!value.isEmpty() && keys.contains(value.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The trimmed value, or null when it is null or blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The element's whitespace-normalised text, or null when it is null or has no text. */
    static String text(Element element) {
        return element == null ? null : blankToNull(element.text());
    }
}
