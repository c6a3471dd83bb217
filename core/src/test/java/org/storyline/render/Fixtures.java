package org.storyline.render;

import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Exclusive;
import org.storyline.model.Fact;
import org.storyline.model.FactKind;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;
import org.storyline.model.Problem;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.model.Removal;
import org.storyline.model.RemovalKind;
import org.storyline.model.Report;
import org.storyline.model.SourceText;
import org.storyline.model.Span;

/** Small hand-built reports for the renderer tests. */
final class Fixtures {

    static final String NTB = "Rutte says Ukraine will join when the time is right.";
    static final String EFE = "Brussels (EFE).- NATO will raise support, Rutte said. A NATO diplomat spoke.";
    static final String POST = "Zelensky presented his plan. A diplomat said no invitation is near.";

    private Fixtures() {
    }

    /** A cleaned article whose body is its whole source, copied verbatim. */
    static CleanArticle article(String id, String outlet, String title, String source) {
        Article article = new Article(id, "corpus/" + id + ".txt", source,
                List.of(Paragraph.verbatim(source, 0, source.length())), title, null, outlet, "2024-10-17", "en");
        return new CleanArticle(article, title, null, null, null, source,
                OffsetMap.verbatim(0, source.length()), List.of(new Span(0, source.length())), List.of());
    }

    /** An article with every optional value missing. */
    static CleanArticle bareArticle(String id, String source) {
        Article article = new Article(id, id + ".txt", source, List.of(), null, null, null, null, null);
        return new CleanArticle(article, null, null, null, null, source,
                OffsetMap.verbatim(0, source.length()), List.of(), List.of());
    }

    /** An article credited to an agency and reprinted from another outlet, with a removed dateline. */
    static CleanArticle agencyArticle() {
        Article article = new Article("efe", "corpus/efe.txt", EFE, List.of(), "NATO boosts support", null,
                "La Prensa", "2024-10-18", "en");
        String text = EFE.substring(17);
        return new CleanArticle(article, "NATO boosts support", "EFE", "Brussels", "washingtonpost", text,
                OffsetMap.verbatim(17, text.length()), List.of(new Span(0, text.length())),
                List.of(new Removal(RemovalKind.DATELINE, EFE.substring(0, 17), 0, 17)));
    }

    /** A brief with three articles and something for every section. */
    static Brief brief() {
        List<CleanArticle> articles = List.of(
                article("ntb", "NTB", "Not ready", NTB), agencyArticle(), article("post", "The Post", null, POST));
        List<Entity> entities = List.of(
                new Entity("Mark Rutte", EntityType.PERSON, List.of("Mark Rutte", "Rutte"), "NATO Secretary General",
                        List.of("ntb", "efe"), 3, List.of(), List.of(new SourceText("ntb", 0, 5, "Rutte"),
                        new SourceText("efe", EFE.indexOf("Rutte"), EFE.indexOf("Rutte") + 5, "Rutte"))),
                new Entity("NATO", EntityType.ORG, List.of("NATO"), null, List.of("ntb", "efe", "post"), 4),
                new Entity("Brussels", EntityType.PLACE, List.of("Brussels"), null, List.of("efe"), 1),
                new Entity("Victory Plan", EntityType.OTHER, List.of("Victory Plan"), null, List.of("post"), 1));
        List<Quote> quotes = List.of(
                new Quote("Ukraine will join when the time is right", "Mark Rutte", false, null, List.of(
                        new QuoteSource("efe", 17, 40, "NATO will raise support", null),
                        new QuoteSource("ntb", 11, 51, "Ukraine will join when the time is right", null))),
                new Quote("no invitation is near", null, true, "a NATO diplomat", List.of(
                        new QuoteSource("post", 45, 66, "no invitation is near", null))),
                new Quote("We are ready", null, false, null, List.of(new QuoteSource("post", 0, 8, "Zelensky", null))));
        List<Fact> facts = List.of(
                new Fact(FactKind.MONEY, "EUR 40000000000", "€40 billion", List.of(
                        new Citation("post", 0, 8), new Citation("ntb", 0, 5), new Citation("ntb", 6, 10))),
                new Fact(FactKind.COUNT, "32 countries", "32 | allies", List.of(new Citation("efe", 17, 21))));
        List<BriefSentence> summary = List.of(
                new BriefSentence("NATO will raise support for Ukraine.", List.of(
                        new Citation("post", 0, 8), new Citation("ntb", 0, 10))),
                new BriefSentence("Ukraine will join when the time is right.", List.of(new Citation("efe", 17, 40)),
                        List.of(new Citation("ntb", 11, 20))));
        List<Exclusive> exclusive = List.of(
                new Exclusive("post", "Zelensky presented his plan.", 0, 28),
                new Exclusive("ntb", "Rutte says Ukraine will join when the time is right.", 0, 52));
        return new Brief("story-1", "NATO weighs Ukraine's victory plan", articles, entities, quotes, facts,
                summary, exclusive);
    }

    /** A report of {@link #brief()} and one failed input. */
    static Report report() {
        return new Report(List.of(brief()), List.of(new Problem("corpus/broken.html", "ingest", "no body text found")));
    }

    /** A brief with only the given articles and nothing else. */
    static Brief emptyBrief(CleanArticle... articles) {
        return new Brief("s", "Headline", List.of(articles), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** What {@code section} writes for {@code brief}. */
    static String section(MarkdownSection section, Brief brief) {
        StringBuilder out = new StringBuilder();
        section.write(brief, new SourceNumbers(brief.articles()), out);
        return out.toString();
    }
}
