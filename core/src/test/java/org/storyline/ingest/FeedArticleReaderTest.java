package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Paragraph;
import org.storyline.model.Problem;
import org.storyline.testing.SourceMapping;

class FeedArticleReaderTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Example News</title>
                <link>https://news.example/</link>
                <description>All the news</description>
                <language>en-us</language>
                <item>
                  <title>Allies meet in Brussels</title>
                  <link>https://news.example/allies</link>
                  <guid>https://news.example/allies</guid>
                  <pubDate>Thu, 03 Oct 2024 12:00:00 GMT</pubDate>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>Ministers met on Thursday &amp; agreed.</p><p>Second paragraph here.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Teaser only</title>
                  <link>https://news.example/teaser</link>
                  <description>&lt;p&gt;Only a &lt;b&gt;summary&lt;/b&gt; here.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Nothing at all</title>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom Wire</title>
              <id>urn:example:wire</id>
              <updated>2024-10-04T08:00:00Z</updated>
              <entry>
                <title>Plain summary entry</title>
                <id>urn:example:1</id>
                <link href="https://wire.example/1"/>
                <updated>2024-10-04T08:00:00Z</updated>
                <summary type="text">First line of the summary.</summary>
              </entry>
            </feed>
            """;

    private final FeedArticleReader reader = new FeedArticleReader();

    private Ingested read(String xml) {
        return reader.read("in/news.rss", "news", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rssItemWithFullContentBecomesAnArticleFromThatContent() {
        Article article = read(RSS).articles().get(0);

        assertThat(article.id()).isEqualTo("news#1");
        assertThat(article.path()).isEqualTo("in/news.rss#1");
        assertThat(article.title()).isEqualTo("Allies meet in Brussels");
        assertThat(article.url()).isEqualTo("https://news.example/allies");
        assertThat(article.outlet()).isEqualTo("Example News");
        assertThat(article.published()).isEqualTo("2024-10-03T12:00:00Z");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.source()).startsWith("<p>Ministers");
        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .containsExactly("Ministers met on Thursday & agreed.", "Second paragraph here.");
        SourceMapping.assertMapsIntoSource(article);
    }

    @Test
    void itemWithoutContentIsReadFromItsHtmlDescription() {
        Article article = read(RSS).articles().get(1);

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly("Only a summary here.");
        SourceMapping.assertMapsIntoSource(article);
    }

    @Test
    void itemWithNoTextIsAProblemAndTheOthersAreKept() {
        Ingested result = read(RSS);

        assertThat(result.articles()).hasSize(2);
        assertThat(result.problems()).containsExactly(
                new Problem("in/news.rss#3", "ingest", "item 3: no content, description or summary"));
    }

    @Test
    void atomEntryWithTextSummaryIsPlainText() {
        Article article = read(ATOM).articles().get(0);

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly("First line of the summary.");
        assertThat(article.url()).isEqualTo("https://wire.example/1");
        assertThat(article.outlet()).isEqualTo("Atom Wire");
        assertThat(article.published()).isEqualTo("2024-10-04T08:00:00Z");
    }

    @Test
    void xmlThatIsNotAFeedIsAProblem() {
        assertThat(read("<?xml version=\"1.0\"?><config><a>1</a></config>").problems())
                .containsExactly(new Problem("in/news.rss", "ingest", "not an RSS or Atom feed"));
    }

    @Test
    void malformedXmlIsAProblemWithItsLine() {
        assertThat(read("<rss version=\"2.0\">\n<channel><title>x</channel>").problems())
                .extracting(Problem::reason).singleElement().asString()
                .startsWith("not an RSS or Atom feed: XML not well-formed at line 2");
    }

    @Test
    void encodingOfTheXmlDeclarationDecodesTheFeed() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9</title>"
                + "<item><title>x</title><description>Un caf\u00e9 cr\u00e8me.</description></item></channel></rss>";

        Article article = reader.read("f.rss", "f", xml.getBytes(StandardCharsets.ISO_8859_1)).articles().get(0);

        assertThat(article.outlet()).isEqualTo("Caf\u00e9");
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly("Un caf\u00e9 cr\u00e8me.");
    }
}
