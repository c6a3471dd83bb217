package org.storyline.cli;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Fact;
import org.storyline.model.FactKind;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.model.Report;
import org.storyline.model.Span;

/**
 * A one-story report about a small event, told by three articles whose text carries a script, an
 * image with an error handler and a {@code javascript:} link, as a hostile page would.
 */
final class HostileReport {

    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
    static final String LINK = "<a href=\"javascript:window.__pwned=3\">read more</a>";

    static final List<String> TEXTS = List.of(
            "The town council approved a new bridge on Monday.\n\nThe bridge will cost 12 million euros " + SCRIPT
                    + ", the mayor said.",
            "Councillors voted for the bridge on Monday. " + IMG + "\n\nIt is to cost 12 million euros.",
            "A bridge worth 13 million euros was approved. " + LINK);

    private HostileReport() {
    }

    /** The report: one brief whose summary, quote and facts cite the hostile passages. */
    static Report report() {
        List<CleanArticle> articles = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            articles.add(article("a" + (i + 1), TEXTS.get(i)));
        }
        Citation cost = cite(0, "12 million euros " + SCRIPT);
        Citation vote = cite(1, "Councillors voted for the bridge on Monday. " + IMG);
        Citation other = cite(2, "13 million euros");
        return new Report(List.of(new Brief("bridge", "Council approves bridge " + SCRIPT, articles, List.of(),
                List.of(new Quote("The bridge will cost 12 million euros " + SCRIPT, "The mayor " + IMG, false, null,
                        List.of(new QuoteSource("a1", cost.start(), cost.end(), TEXTS.get(0),
                                new QuoteSource.Cue(cost.start(), cost.end(), "the mayor said"))))),
                List.of(new Fact(FactKind.MONEY, "EUR 12000000", "12 million euros " + LINK, List.of(cost))),
                List.of(new BriefSentence("The council approved a bridge " + IMG, List.of(vote, cost, other))),
                List.of())), List.of());
    }

    private static CleanArticle article(String id, String text) {
        Article article = new Article(id, id + ".txt", text, List.of(Paragraph.verbatim(text, 0, text.length())),
                "Bridge " + LINK, "javascript:window.__pwned=4", "Outlet " + IMG, "2024-10-14", "en");
        List<Span> paragraphs = new ArrayList<>();
        int at = 0;
        for (String block : text.split("\n\n", -1)) {
            paragraphs.add(new Span(at, at + block.length()));
            at += block.length() + 2;
        }
        return new CleanArticle(article, article.title(), null, null, null, text,
                OffsetMap.verbatim(0, text.length()), paragraphs, List.of());
    }

    private static Citation cite(int article, String words) {
        int start = TEXTS.get(article).indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in article " + (article + 1));
        }
        return new Citation("a" + (article + 1), start, start + words.length());
    }
}
