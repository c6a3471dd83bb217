package org.storyline.extract;

import java.util.List;
import java.util.Locale;

/**
 * Takes the site name off a page title: {@code "Bridge reopens | The Daily Example"} gives
 * {@code "Bridge reopens"}. The part after (or before) the last (first) separator ({@code |}, {@code -},
 * {@code –}, {@code —}, {@code ::}, {@code ·}, {@code »}) goes when it is the outlet name or part of it;
 * without a known outlet, a short part after {@code |} goes.
 */
final class TitleCleaner {

    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " » ");
    private static final int SHORT_WORDS = 4;

    private TitleCleaner() {
    }

    /** {@code title} without the site name; {@code outlet} may be null. */
    static String clean(String title, String outlet) {
        String site = outlet == null ? null : outlet.toLowerCase(Locale.ROOT).trim();
        for (String separator : SEPARATORS) {
            int last = title.lastIndexOf(separator);
            if (last > 0) {
                String head = title.substring(0, last).trim();
                String tail = title.substring(last + separator.length()).trim();
                if (isSite(tail, site) || site == null && separator.equals(" | ") && words(tail) <= SHORT_WORDS
                        && words(head) > words(tail)) {
                    return clean(head, outlet);
                }
            }
            int first = title.indexOf(separator);
            if (first > 0 && site != null) {
                String head = title.substring(0, first).trim();
                if (isSite(head, site)) {
                    return clean(title.substring(first + separator.length()).trim(), outlet);
                }
            }
        }
        return title;
    }

    private static boolean isSite(String part, String site) {
        if (site == null || part.isEmpty()) {
            return false;
        }
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.equals(site) || site.contains(lower) && words(part) <= SHORT_WORDS || lower.contains(site);
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
}
