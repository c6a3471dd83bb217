package org.storyline.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.ingest.TextArticleReader;
import org.storyline.model.Article;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;
import org.storyline.store.EntityStories;
import org.storyline.store.StoredQuote;
import org.storyline.store.StoredStory;
import org.storyline.store.StorySummary;

/**
 * The test store: a story of three articles of the example corpus (with a summary, a quote, a fact and a
 * timeline event, each citing real spans), an old id merged into it, a story whose article is hostile
 * markup, and filler stories for paging.
 */
final class Fixtures {

    static final String NATO = "s-nato";
    static final String OLD = "s-old";
    static final String HOSTILE = "s-hostile";
    static final String EVIL = "evil";
    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
    static final String LINK = "<a href=\"javascript:window.__pwned=3\">click</a>";
    /** The first summary sentence of the NATO story, as cited in article {@code nrk}. */
    static final String NOT_READY = "But NATO is not ready to send an invitation yet.";
    static final int FILLERS = 25;

    private static final TextArticleReader TEXT = new TextArticleReader();

    /** One cited span. */
    record Claim(String text, String article, int start, int end) {
    }

    private Fixtures() {
    }

    /** A fresh test store. */
    static MemoryStore store() {
        MemoryStore store = new MemoryStore();
        Article nrk = corpus("000_727dab1cf6a8d737.txt", "nrk", "NATO not ready to invite Ukraine", "NRK", "2024-10-16");
        Article post = corpus("001_780a206b016da81f.txt", "post", "NATO offers aid, not membership", "Example Post",
                "2024-10-17");
        Article efe = corpus("002_75e297c8c0396ea8.txt", "efe", null, "EFE", "2024-10-17");
        List<Article> nato = List.of(nrk, post, efe);
        Claim notReady = cite(nrk, NOT_READY);
        Claim aid = cite(post, "NATO leader Mark Rutte announced plans to achieve a €40 billion military aid goal for Ukraine.");
        Claim join = cite(nrk, "Ukraine will join the alliance when the time is right");
        ObjectNode brief = brief(NATO, "NATO pledges aid but no invitation for Ukraine", nato, List.of(notReady, aid));
        ArrayNode quotes = brief.putArray("quotes");
        ObjectNode quote = quotes.addObject().put("text", join.text()).put("speaker", "Mark Rutte").put("anonymous", false);
        quote.putNull("speaker_description");
        quote.put("direct", true);
        quote.putArray("sources").addObject().put("article", "nrk").put("start", join.start()).put("end", join.end())
                .put("text", join.text()).putObject("cue").put("start", join.end() + 2).put("end", join.end() + 12)
                .put("text", "Rutte said");
        Claim euros = cite(post, "€40 billion");
        ObjectNode fact = brief.putArray("facts").addObject().put("kind", "money").put("value", "EUR 40000000000")
                .put("text", euros.text()).put("subject", "military aid").put("support", 1);
        citations(fact.putArray("sources"), euros);
        ObjectNode event = brief.putArray("timeline").addObject().put("when", "2024-10-16").put("text", aid.text());
        citations(event.putArray("sources"), aid);
        ArrayNode entities = brief.putArray("entities");
        Claim rutte = cite(post, "Mark Rutte");
        entity(entities, "Mark Rutte", "PERSON", "NATO Secretary General").putArray("spans").addObject()
                .put("article", "post").put("start", rutte.start()).put("end", rutte.end()).put("text", rutte.text());
        entity(entities, "NATO", "ORG", null);
        store.add(story(NATO, "NATO pledges aid but no invitation for Ukraine", "2024-10-17", nato, json(brief)), nato)
                .merge(OLD, NATO)
                .entity(new EntityStories("Mark Rutte", "PERSON", "NATO Secretary General", 12, List.of(NATO)))
                .entity(new EntityStories("NATO", "ORG", null, 30, List.of(NATO)))
                .quote(new StoredQuote(NATO, new Quote(join.text(), "Mark Rutte", false, null, true,
                        List.of(new QuoteSource("nrk", join.start(), join.end(), join.text(),
                                new QuoteSource.Cue(join.end() + 2, join.end() + 12, "Rutte said"))))));

        Article evil = article(EVIL, SCRIPT + " Council approves bridge", "<b>Evil</b> Times", "2024-09-01",
                "javascript:window.__pwned=5", "Council approves bridge " + SCRIPT + "\n"
                        + "The council approved a bridge " + IMG + " on Monday.\n"
                        + "The bridge will cost 12 million euros " + LINK + ", the mayor said.\n");
        Claim cost = cite(evil, "The bridge will cost 12 million euros " + LINK);
        String headline = "Council approves bridge " + IMG;
        store.add(story(HOSTILE, headline, "2024-09-01", List.of(evil),
                json(brief(HOSTILE, headline, List.of(evil), List.of(cost)))), List.of(evil));

        for (int i = 1; i <= FILLERS; i++) {
            String id = String.format("filler-%02d", i);
            Article filler = article(id + "-a", "Filler story " + i, "Filler Gazette", "2024-01-" + String.format("%02d", i),
                    "https://example.org/" + id, "Filler story " + i + "\nNothing happened in town " + i + ".\n");
            store.add(story(id, "Filler story " + i, filler.published(), List.of(filler),
                    json(brief(id, "Filler story " + i, List.of(filler), List.of()))), List.of(filler));
        }
        return store;
    }

    /** An article of the example corpus. */
    static Article corpus(String file, String id, String title, String outlet, String published) {
        try {
            String text = Files.readString(Path.of("..", "examples", "nato-2024-10", file), StandardCharsets.UTF_8);
            return article(id, title, outlet, published, null, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain-text article. */
    static Article article(String id, String title, String outlet, String published, String url, String text) {
        Article read = TEXT.read(id, id + ".txt", text);
        return new Article(id, read.path(), text, read.paragraphs(), title, url, outlet, published, "en");
    }

    /** The span of {@code phrase} in {@code article}'s source. */
    static Claim cite(Article article, String phrase) {
        int at = article.source().indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("'" + phrase + "' is not in " + article.id());
        }
        return new Claim(phrase, article.id(), at, at + phrase.length());
    }

    /** A stored story with its renderings. */
    static StoredStory story(String id, String headline, String latest, List<Article> articles, String json) {
        List<String> outlets = articles.stream().map(Article::outlet).filter(o -> o != null).distinct().toList();
        List<String> entities = json.contains("Mark Rutte") ? List.of("Mark Rutte", "NATO") : List.of();
        StorySummary summary = new StorySummary(id, headline, latest, "2024-10-20T00:00:00Z", articles.size(),
                outlets, entities);
        String html = "<!DOCTYPE html><html><head><title>brief</title></head><body><h1>brief " + id
                + "</h1><script nonce=\"AAAAAAAAAAAAAAAAAAAAAAAA\">document.title='ok'</script></body></html>";
        return new StoredStory(summary, articles.stream().map(Article::id).toList(), json, "# " + headline + "\n", html);
    }

    /** The story object of a brief in the JSON contract, with {@code summary} and empty other sections. */
    static ObjectNode brief(String id, String headline, List<Article> articles, List<Claim> summary) {
        ObjectNode story = Json.MAPPER.createObjectNode().put("id", id).put("headline", headline);
        ArrayNode list = story.putArray("articles");
        for (Article a : articles) {
            list.addObject().put("id", a.id()).put("path", a.path()).put("title", a.title()).put("outlet", a.outlet())
                    .put("published", a.published()).put("text", Json.text(a.paragraphs()));
        }
        for (String section : List.of("entities", "quotes", "facts", "exclusive", "conflicts", "timeline", "coverage")) {
            story.putArray(section);
        }
        ArrayNode sentences = story.putArray("summary");
        for (Claim claim : summary) {
            citations(sentences.addObject().put("text", claim.text()).putArray("sources"), claim);
        }
        return story;
    }

    /** A report holding {@code story}, as the store keeps a brief's JSON. */
    static String json(ObjectNode story) {
        ObjectNode report = Json.MAPPER.createObjectNode();
        report.putArray("stories").add(story);
        report.putArray("problems");
        return report.toPrettyString();
    }

    private static void citations(ArrayNode list, Claim... claims) {
        for (Claim claim : new ArrayList<>(List.of(claims))) {
            list.addObject().put("article", claim.article()).put("start", claim.start()).put("end", claim.end());
        }
    }

    private static ObjectNode entity(ArrayNode list, String name, String type, String role) {
        ObjectNode entity = list.addObject().put("name", name).put("type", type).put("role", role);
        entity.putArray("variants").add(name);
        return entity;
    }
}
