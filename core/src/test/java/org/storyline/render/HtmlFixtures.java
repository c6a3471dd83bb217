package org.storyline.render;

import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Conflict;
import org.storyline.model.Coverage;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Fact;
import org.storyline.model.FactKind;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.model.Span;
import org.storyline.model.TimelineEvent;

/** A story whose every text field carries markup that must never run, for the HTML renderer tests. */
final class HtmlFixtures {

    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
    static final String LINK = "<a href=\"javascript:window.__pwned=3\">click</a>";
    static final String HOSTILE = SCRIPT + IMG + LINK;

    /** The first article: two paragraphs, the second holding the hostile markup and the cited figure. */
    static final String FIRST = "Ministers met in the capital on Monday.\n\nThey agreed " + HOSTILE
            + " on 40 billion euros of aid.";
    static final String SECOND = "The ministers agreed on aid worth 41 billion euros, " + SCRIPT + " a spokesman said.";

    private HtmlFixtures() {
    }

    /** A clean article whose paragraphs are the source's blocks between blank lines, copied verbatim. */
    static CleanArticle article(String id, String title, String outlet, String url, String source) {
        Article article = new Article(id, id + ".txt", source, List.of(Paragraph.verbatim(source, 0, source.length())),
                title, url, outlet, "2024-10-17", "en");
        List<Span> paragraphs = new java.util.ArrayList<>();
        int at = 0;
        for (String block : source.split("\n\n", -1)) {
            paragraphs.add(new Span(at, at + block.length()));
            at += block.length() + 2;
        }
        return new CleanArticle(article, title, null, null, null, source, OffsetMap.verbatim(0, source.length()),
                paragraphs, List.of());
    }

    /** Where {@code words} stand in {@code source}, as a citation of article {@code id}. */
    static Citation cite(String id, String source, String words) {
        int start = source.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in " + id);
        }
        return new Citation(id, start, start + words.length());
    }

    /** The hostile story: markup in the headline, titles, outlets, quotes, facts, summary and article text. */
    static Brief brief() {
        CleanArticle first = article("a1", "Title " + SCRIPT, "Outlet " + IMG, "javascript:window.__pwned=4", FIRST);
        CleanArticle second = article("a2", "Second " + LINK, "Wire", "https://example.org/news?a=1&b=<2>", SECOND);
        Citation figure = cite("a1", FIRST, "40 billion euros");
        Citation hostile = cite("a1", FIRST, HOSTILE);
        Citation other = cite("a2", SECOND, "41 billion euros");
        Fact forty = new Fact(FactKind.MONEY, "EUR 40000000000 " + IMG, "40 billion euros " + SCRIPT, "aid",
                List.of(figure));
        Fact fortyOne = new Fact(FactKind.MONEY, "EUR 41000000000", "41 billion euros", "aid", List.of(other));
        return new Brief("story-" + LINK, "Headline " + HOSTILE, List.of(first, second),
                List.of(new Entity("Speaker " + SCRIPT, EntityType.PERSON, List.of("Speaker " + SCRIPT, "Alias " + IMG),
                        "Role " + LINK, List.of("a1", "a2"), 2, List.of(hostile))),
                List.of(new Quote("Quote " + HOSTILE, "Speaker " + SCRIPT, false, null,
                                List.of(new QuoteSource("a1", hostile.start(), hostile.end(), HOSTILE,
                                        new QuoteSource.Cue(hostile.start(), hostile.end(), "Speaker " + SCRIPT + " said")))),
                        new Quote("Reported " + IMG, null, true, "an official " + SCRIPT, false,
                                List.of(new QuoteSource("a2", other.start(), other.end(), "41 billion euros", null)))),
                List.of(forty, fortyOne),
                List.of(new BriefSentence("Summary " + HOSTILE, List.of(hostile, other)),
                        new BriefSentence("Ministers met.", List.of(cite("a1", FIRST, "Ministers met")))),
                List.of(),
                List.of(new Conflict(FactKind.MONEY, "Subject " + SCRIPT, List.of(forty, fortyOne))),
                List.of(new TimelineEvent("2024-10-14 " + IMG, "Event " + SCRIPT, List.of(cite("a1", FIRST, "Monday")))),
                List.of(new Coverage("a1", List.of(new BriefSentence("Only " + SCRIPT, List.of(hostile))),
                        List.of(new BriefSentence("Missing " + IMG, List.of(other))))));
    }
}
