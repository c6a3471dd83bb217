package org.storyline.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when an article was published, in order: JSON-LD {@code datePublished}, the
 * {@code article:published_time} meta tag and its common variants, microdata {@code datePublished}, a
 * {@code time} element's {@code datetime} (one marked {@code pubdate} first), then a date in the URL
 * ({@code /2024/10/17/}, {@code 2024-10-17}, {@code /2024/10/}). Values are returned as the page gives
 * them; dates from the URL as ISO-8601 ({@code 2024-10-17} or {@code 2024-10}).
 */
final class PublishedDate {

    private static final Set<String> META_KEYS = Set.of("article:published_time", "og:published_time",
            "article:published", "published_time", "pubdate", "publishdate", "publish-date", "publish_date",
            "date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "sailthru.date",
            "parsely-pub-date", "article.published", "article_date_original", "date_published", "datepublished");
    private static final Pattern URL_DAY = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/");

    private PublishedDate() {
    }

    /** The publication date of {@code page} at {@code url} (may be null), or null. */
    static String find(Document page, JsonLd ld, String url) {
        String date = ld.datePublished();
        if (date == null) {
            date = MetaTags.first(page, META_KEYS);
        }
        if (date == null) {
            Element item = page.selectFirst("[itemprop=datePublished]");
            if (item != null) {
                date = MetaTags.blankToNull(item.hasAttr("content") ? item.attr("content")
                        : item.hasAttr("datetime") ? item.attr("datetime") : item.text());
            }
        }
        if (date == null) {
            Element time = page.selectFirst("time[pubdate][datetime]");
            time = time != null ? time : page.selectFirst("time[datetime]");
            date = time == null ? null : MetaTags.blankToNull(time.attr("datetime"));
        }
        return date != null ? date : fromUrl(url);
    }

    /** The date in an article address, as ISO-8601, or null. */
    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher day = URL_DAY.matcher(url);
        if (day.find()) {
            return day.group(1) + "-" + twoDigits(day.group(2)) + "-" + twoDigits(day.group(3));
        }
        Matcher month = URL_MONTH.matcher(url);
        return month.find() ? month.group(1) + "-" + month.group(2) : null;
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
