package org.storyline.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names a site calls itself by, for telling its own notices (reprint and copyright lines, app and
 * newsletter promos, disclaimers) from the article: the distinctive label of its host name
 * ({@code www.example-news.com} gives {@code examplenews}) and its outlet name when short, both compared
 * without case, spaces or punctuation.
 */
final class SiteNames {

    private static final int MIN_NAME = 5;
    private static final int MAX_WORDS = 4;
    private static final int MAX_OUTLET = 30;
    private static final SiteNames NONE = new SiteNames(List.of());

    private final List<String> names;

    private SiteNames(List<String> names) {
        this.names = names;
    }

    /**
     * The names of the site at {@code url} called {@code outlet}.
     *
     * @param url    the page's address, or {@code null}
     * @param outlet the outlet name the page gives, or {@code null}
     */
    static SiteNames of(String url, String outlet) {
        List<String> names = new ArrayList<>(2);
        String label = hostLabel(url);
        if (label != null && label.length() >= MIN_NAME) {
            names.add(label);
        }
        if (outlet != null && outlet.length() <= MAX_OUTLET) {
            String name = compact(outlet);
            if (name.length() >= MIN_NAME && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? NONE : new SiteNames(List.copyOf(names));
    }

    /** Whether {@code text} names the site: one to {@value #MAX_WORDS} of its words in a row spell a name. */
    boolean namedIn(String text) {
        return names.stream().anyMatch(name -> named(text, name));
    }

    /**
     * These names without those that {@code text} uses: a site named in the article itself (a company's own
     * news, a city's paper reporting on the city) is its subject there, and naming it is no sign of a notice.
     */
    SiteNames unusedIn(String text) {
        List<String> unused = names.stream().filter(name -> !named(text, name)).toList();
        return unused.size() == names.size() ? this : new SiteNames(unused);
    }

    private static boolean named(String text, String name) {
        List<String> words = JsonLdBodyFilter.words(text);
        for (int i = 0; i < words.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < Math.min(words.size(), i + MAX_WORDS) && joined.length() < name.length(); j++) {
                joined.append(words.get(j));
                if (joined.length() == name.length() && name.contentEquals(joined)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The longest label of the host name other than {@code www} and the top-level domain, compacted. */
    private static String hostLabel(String url) {
        if (url == null) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        String best = null;
        for (int i = 0; i < labels.length - 1; i++) {
            String label = compact(labels[i]);
            if (!label.equals("www") && (best == null || label.length() > best.length())) {
                best = label;
            }
        }
        return best;
    }

    /** Lower-case letters and digits of {@code text}, nothing else. */
    private static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
