package org.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds an article's authors, from the first place that names any: JSON-LD {@code author}, the
 * {@code author} meta tags ({@code author}, {@code article:author}, {@code parsely-author}...), links
 * marked {@code rel=author}, microdata {@code itemprop=author}, then a byline element (class or id
 * containing {@code byline} or {@code author}). Names are split on commas and "and", stripped of a leading
 * "By", and addresses, overlong values and duplicates are dropped.
 */
final class Authors {

    private static final Set<String> META_KEYS = Set.of("author", "article:author", "parsely-author",
            "sailthru.author", "dc.creator", "byl", "twitter:creator:name");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    private static final Pattern BY = Pattern.compile("^(?:[Ww]ritten\\s+)?(?:[Bb]y|BY|von|par|por|di|door|av)[:\\s]+");
    private static final int MAX_NAME = 60;
    private static final int MAX_BYLINE = 150;

    private Authors() {
    }

    /** The authors' names of {@code page}, possibly empty. */
    static List<String> find(Document page, JsonLd ld) {
        List<String> names = clean(ld.authors());
        if (names.isEmpty()) {
            String meta = MetaTags.first(page, META_KEYS);
            names = meta == null ? List.of() : clean(List.of(meta));
        }
        if (names.isEmpty()) {
            names = clean(texts(page.select("a[rel=author], [rel=author]")));
        }
        if (names.isEmpty()) {
            List<String> items = new ArrayList<>();
            for (Element item : page.select("[itemprop=author]")) {
                Element name = item.selectFirst("[itemprop=name]");
                String value = name != null ? name.attr("content") + name.text() : item.attr("content") + item.text();
                items.add(value);
            }
            names = clean(items);
        }
        if (names.isEmpty()) {
            Element byline = page.selectFirst("[class*=byline], [id*=byline], [class*=author-name], .author");
            String text = MetaTags.text(byline);
            names = text == null || text.length() > MAX_BYLINE ? List.of() : clean(List.of(text));
        }
        return names;
    }

    /** The names in {@code values}: split, stripped of "By", without addresses, overlong values or repeats. */
    static List<String> clean(List<String> values) {
        List<String> names = new ArrayList<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : SPLIT.split(BY.matcher(value.strip()).replaceFirst(""))) {
                String name = part.strip();
                if (!name.isEmpty() && name.length() <= MAX_NAME && !name.contains("://") && !name.startsWith("@")
                        && !name.contains("/") && Character.isLetter(name.codePointAt(0)) && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::text).toList();
    }
}
