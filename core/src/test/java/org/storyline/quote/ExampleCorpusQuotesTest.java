package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.entity.EntityIndex;
import org.storyline.entity.EntityResolver;
import org.storyline.entity.MentionFinder;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Mention;
import org.storyline.testing.Corpus;

/**
 * Quote finding and attribution on the five example articles, against the speakers in
 * {@code corpus/nato-2024-10.quotes.tsv} (judged by reading the articles).
 */
class ExampleCorpusQuotesTest {

    record Gold(String article, String prefix, String speaker) {
    }

    private static final List<Gold> GOLD = new ArrayList<>();
    private static final List<AttributedQuote> FOUND = new ArrayList<>();
    private static final List<AttributedQuote> REPORTED = new ArrayList<>();
    private static final List<Gold> REPORTED_GOLD = new ArrayList<>();

    @BeforeAll
    static void extract() throws IOException {
        for (String line : Files.readAllLines(Corpus.resource("corpus/nato-2024-10.quotes.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                GOLD.add(new Gold(f[0], f[1], f[2]));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        MentionFinder finder = new MentionFinder();
        Corpus.nato().forEach(a -> mentions.addAll(finder.find(a)));
        EntityIndex index = new EntityResolver().resolve(mentions);
        QuoteExtractor extractor = new QuoteExtractor();
        for (AnnotatedArticle a : Corpus.nato()) {
            for (AttributedQuote q : extractor.extract(a, index)) {
                (q.direct() ? FOUND : REPORTED).add(q);
            }
        }
        for (String line : Files.readAllLines(Corpus.resource("corpus/nato-2024-10.reported.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                REPORTED_GOLD.add(new Gold(f[0], f[1], f[2]));
            }
        }
    }

    private static String label(Speaker s) {
        if (s.anonymous()) {
            return "anon:" + s.description();
        }
        return s.name() == null ? "unknown" : s.name();
    }

    private static AttributedQuote find(Gold g) {
        return FOUND.stream().filter(q -> q.article().startsWith(g.article()) && q.text().startsWith(g.prefix()))
                .findFirst().orElse(null);
    }

    @Test
    void everyQuoteOfTheCorpusIsFound() {
        List<Gold> missing = GOLD.stream().filter(g -> find(g) == null).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void nothingButQuotesIsTakenForAQuote() {
        List<String> extra = FOUND.stream()
                .filter(q -> GOLD.stream().noneMatch(g -> q.article().startsWith(g.article()) && q.text().startsWith(g.prefix())))
                .map(AttributedQuote::text).toList();
        assertThat(extra).as("scare quotes, titles and headings are not quotes").isEmpty();
    }

    @Test
    void atLeastNinetyFivePercentOfSpeakersAreRight() {
        long right = GOLD.stream().filter(g -> find(g) != null && label(find(g).speaker()).equals(g.speaker())).count();
        StringBuilder table = new StringBuilder();
        for (Gold g : GOLD) {
            AttributedQuote q = find(g);
            table.append(g.article()).append(" | ").append(g.prefix()).append(" | expected ").append(g.speaker())
                    .append(" | got ").append(q == null ? "-" : label(q.speaker())).append('\n');
        }
        System.out.println("example corpus quotes: " + right + " of " + GOLD.size() + " speakers right\n" + table);
        assertThat(right).isGreaterThanOrEqualTo(Math.round(Math.ceil(GOLD.size() * 0.95)));
    }

    @Test
    void noQuoteIsGivenTheWrongPerson() {
        List<String> wrong = new ArrayList<>();
        for (Gold g : GOLD) {
            AttributedQuote q = find(g);
            if (q != null && q.speaker().known() && !label(q.speaker()).equals(g.speaker())) {
                wrong.add(g.prefix() + " -> " + label(q.speaker()) + " (expected " + g.speaker() + ")");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void dashLedQuoteIsAttributedToTrailingSpeaker() {
        AttributedQuote q = find(new Gold("000", "Ukraine will join the alliance", null));
        assertThat(q.text()).isEqualTo("Ukraine will join the alliance when the time is right");
        assertThat(q.speaker().name()).isEqualTo("Mark Rutte");
    }

    @Test
    void pronounGoesToThePersonTheSentenceIsAboutNotTheLastNameSeen() {
        AttributedQuote q = find(new Gold("004", "agreed with my arguments", null));
        assertThat(q.speaker().name()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void laterDefiniteReferenceReusesTheAnonymousSourceItPointsTo() {
        AttributedQuote q = find(new Gold("004", "Optimistic is not a word", null));
        assertThat(q.speaker().anonymous()).isTrue();
        assertThat(q.speaker().name()).isNull();
        assertThat(q.speaker().description()).isEqualTo("a second NATO official");
    }

    @Test
    void quoteOffsetsPointAtTheQuotedWordsInTheCleanText() {
        for (AttributedQuote q : FOUND) {
            AnnotatedArticle a = Corpus.nato().stream().filter(x -> x.id().equals(q.article())).findFirst().orElseThrow();
            assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    @Test
    void reportedSpeechIsFoundWithItsSpeakerAndMarkedIndirect() {
        List<String> wrong = new ArrayList<>();
        for (Gold g : REPORTED_GOLD) {
            AttributedQuote q = REPORTED.stream()
                    .filter(r -> r.article().startsWith(g.article()) && r.text().startsWith(g.prefix())).findFirst()
                    .orElse(null);
            if (q == null || !label(q.speaker()).equals(g.speaker())) {
                wrong.add(g.prefix() + " -> " + (q == null ? "missing" : label(q.speaker())));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(REPORTED).allSatisfy(r -> assertThat(r.direct()).isFalse());
        assertThat(REPORTED).as("every reported statement found is in the judged list").hasSameSizeAs(REPORTED_GOLD);
    }
}
