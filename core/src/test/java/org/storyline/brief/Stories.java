package org.storyline.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;
import org.storyline.testing.Corpus;

/**
 * Small hand-written stories for the brief tests, annotated with the real CoreNLP once per test JVM. Each
 * article's source is a headline, a blank line and then the body, so clean offsets differ from source ones.
 */
final class Stories {

    private static final Map<String, List<AnnotatedArticle>> CACHE = new ConcurrentHashMap<>();

    private Stories() {
    }

    /** One article: {@code sentences} are its paragraphs, one sentence each. */
    static AnnotatedArticle article(String id, String outlet, String agency, String title, String... sentences) {
        String text = String.join("\n\n", sentences);
        String header = (title == null ? "" : title) + "\n\n";
        List<Span> paragraphs = new ArrayList<>();
        int at = 0;
        for (String s : sentences) {
            paragraphs.add(new Span(at, at + s.length()));
            at += s.length() + 2;
        }
        Article raw = new Article(id, id + ".txt", header + text, List.of(), title, null, outlet, null, "en");
        CleanArticle clean = new CleanArticle(raw, title, agency, null, null, text,
                OffsetMap.verbatim(header.length(), text.length()), paragraphs, List.of());
        return new AnnotatedArticle(clean, Corpus.annotator().annotate(text, paragraphs));
    }

    /**
     * A dock strike told by a local paper ({@code a}), an agency story ({@code b}) and a reprint of it in
     * another paper ({@code c}): three points all tell, one each only {@code a} or {@code b} tells.
     */
    static List<AnnotatedArticle> strike() {
        return CACHE.computeIfAbsent("strike", k -> List.of(
                article("a", "Harbour Daily", null, "Dock workers strike in Rotterdam",
                        "Dock workers in Rotterdam began a three-day strike on Monday over pay and pensions.",
                        "The strike halted all container traffic at Europe's largest port, the port authority said.",
                        "The Van Dam bakery near the terminal handed out 300 free loaves to the pickets.",
                        "Talks with the employers are due to resume in The Hague on Thursday morning.",
                        "It was the first strike at the port since the summer of 2002."),
                article("b", "City Paper", "AP", "Rotterdam dockers walk out",
                        "A three-day strike by dock workers in Rotterdam began on Monday over pay and pensions.",
                        "All container traffic at Europe's largest port came to a halt, the port authority said.",
                        "Shipping line Maersk diverted four vessels to Antwerp because of the walkout.",
                        "Passing drivers honked their horns loudly in support of the crowd.",
                        "Talks between the union and the employers will resume on Thursday in The Hague.",
                        "It is the first strike at the port since the summer of 2002."),
                article("c", "Evening Post", "AP", "Rotterdam dockers walk out",
                        "A three-day strike by dock workers in Rotterdam began on Monday over pay and pensions.",
                        "All container traffic at Europe's largest port came to a halt, the port authority said.",
                        "Talks between the union and the employers will resume on Thursday in The Hague.")));
    }

    /** Two articles on unrelated events: nothing is shared, everything is exclusive. */
    static List<AnnotatedArticle> unrelated() {
        return CACHE.computeIfAbsent("unrelated", k -> List.of(
                article("u", "Alpine Times", null, "Avalanche near Zermatt",
                        "An avalanche buried a mountain road near Zermatt on Saturday morning.",
                        "Rescue teams from Visp reached the site within forty minutes of the alarm.",
                        "Two hikers from Germany were flown to a hospital in Sion with injuries.",
                        "The Swiss army sent three helicopters to search the slope for survivors.",
                        "Police in Valais closed the pass until at least Wednesday evening."),
                article("v", "Tech Weekly", null, "Chip plant opens in Dresden",
                        "Chipmaker Infineon opened a new factory in Dresden on Monday afternoon.",
                        "The plant cost five billion euros and will employ 1,000 engineers.",
                        "Chancellor Olaf Scholz attended the opening ceremony with several ministers.",
                        "Production of power semiconductors for electric cars starts in 2026.",
                        "Saxony hopes the investment will attract suppliers from Asia.")));
    }

    /** Ten points two papers tell alike ({@code p}, {@code q}), and a third paper ({@code r}) on something else. */
    static List<AnnotatedArticle> budget() {
        return CACHE.computeIfAbsent("budget", k -> List.of(
                article("p", "Morning Star", null, "Ostend approves budget",
                        "The city council of Ostend approved a budget of 120 million euros on Tuesday.",
                        "Spending on public schools will rise by nine percent under the new plan.",
                        "Mayor Lena Vos promised that the budget would not raise local taxes.",
                        "The harbour will receive 15 million euros for new quay walls.",
                        "Opposition councillors voted against the plan, citing the rising debt.",
                        "A new tram line to the beach is planned to open in 2027.",
                        "Funding for the city library was cut by two million euros.",
                        "The police department will hire forty additional officers next spring.",
                        "Street lighting across the old town will be replaced with LED lamps.",
                        "The budget still needs the approval of the provincial government in Bruges."),
                article("q", "Evening News", null, "Ostend council passes budget",
                        "On Tuesday the Ostend city council approved a budget of 120 million euros.",
                        "Under the new plan, spending on public schools will rise by nine percent.",
                        "The budget would not raise local taxes, Mayor Lena Vos promised.",
                        "New quay walls in the harbour will receive 15 million euros.",
                        "Citing the rising debt, opposition councillors voted against the plan.",
                        "The new tram line to the beach is planned to open in 2027.",
                        "The city library saw its funding cut by two million euros.",
                        "Forty additional officers will join the police department next spring.",
                        "LED lamps will replace the street lighting across the old town.",
                        "The provincial government in Bruges must still give its approval to the budget."),
                article("r", "Coast Radio", null, "Snow in the Ardennes",
                        "Heavy snow closed several mountain roads in the Ardennes overnight.",
                        "Drivers were advised to carry chains until the weekend.")));
    }

    /** The shared sentence embedder (loads once). */
    static final org.storyline.nlp.SentenceEmbedder EMBEDDER = new org.storyline.nlp.MiniLmEmbedder();
    /** The shared support judgement. */
    static final org.storyline.support.SupportJudge JUDGE = new org.storyline.support.SupportJudge(EMBEDDER);

    /** The sentences of {@code articles}, without quotes or facts. */
    static StorySentences sentences(List<AnnotatedArticle> articles) {
        return of(articles, Map.of(), List.of());
    }

    /** The sentences of {@code articles} with their quotes and facts, judged by the shared judgement. */
    static StorySentences of(List<AnnotatedArticle> articles, Map<String, List<org.storyline.quote.AttributedQuote>> quotes,
                             List<org.storyline.fact.FactMention> facts) {
        return StorySentences.of(articles, quotes, facts, JUDGE, EMBEDDER);
    }

    /** The sentence of article {@code id} that starts with {@code prefix}. */
    static StorySentence find(StorySentences story, String id, String prefix) {
        return story.all().stream().filter(s -> s.article().id().equals(id) && s.text().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no sentence '" + prefix + "' in " + id));
    }
}
