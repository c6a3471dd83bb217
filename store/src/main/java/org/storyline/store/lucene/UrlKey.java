package org.storyline.store.lucene;

import java.util.Locale;

/**
 * An article's address as compared for copies: without surrounding blanks, fragment or trailing slash, with
 * scheme and host in lower case; {@code http} and {@code https} are the same page.
 */
final class UrlKey {

    private UrlKey() {
    }

    /** The key of {@code url}, or {@code null} when there is no address. */
    static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        int scheme = u.indexOf("://");
        if (scheme > 0) {
            int pathStart = u.indexOf('/', scheme + 3);
            String host = (pathStart < 0 ? u.substring(scheme + 3) : u.substring(scheme + 3, pathStart));
            String rest = pathStart < 0 ? "" : u.substring(pathStart);
            u = "//" + host.toLowerCase(Locale.ROOT) + rest;
        }
        while (u.endsWith("/") && u.length() > 1) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
