package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.entity.Gender;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;

class QuoteAlignerTest {

    private static final String SAID = "We are not at a point where the alliance is talking about sending an invitation.";
    private static final String VARIANT = "We are not at the point right now where the alliance is talking about issuing "
            + "an invitation.";
    private static final String OTHER = "The winter will be hard for the soldiers at the front line.";
    /** Headline and blank line the cleaner took off: clean offset i is source offset i + HEADER.length(). */
    private static final String HEADER = "Alliance meets\n\n";

    private static final Speaker ANNA = Speaker.named("Anna Berg", "Defence Minister", true, Gender.FEMALE);
    private static final Speaker ERIK = Speaker.named("Erik Sand", null, true, Gender.MALE);
    private static final Speaker DIPLOMAT = Speaker.anonymous("a NATO diplomat", "diplomat");
    private static final Speaker OFFICIAL = Speaker.anonymous("a senior official", "official");

    private final Map<String, CleanArticle> articles = new LinkedHashMap<>();

    /** A quote of {@code text} in article {@code id}, whose clean text is the quote after a short lead-in. */
    private AttributedQuote quote(String id, String text, Speaker speaker) {
        String clean = "Officials met. “" + text + "”";
        String source = HEADER + clean;
        Article a = new Article(id, id + ".txt", source, List.of(), null, null, null, null, "en");
        articles.put(id, new CleanArticle(a, "Alliance meets", null, null, null, clean,
                OffsetMap.verbatim(HEADER.length(), clean.length()), List.of(), List.of()));
        int start = clean.indexOf(text);
        return new AttributedQuote(id, start, start + text.length(), text, speaker);
    }

    private List<Quote> align(AttributedQuote... quotes) {
        return new QuoteAligner().align(List.of(quotes), articles);
    }

    @Test
    void sameSpeakerWithCloseWordingIsOneStatementWithBothSources() {
        List<Quote> q = align(quote("a", SAID, ANNA), quote("b", VARIANT, ANNA));
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo(SAID);
        assertThat(q.get(0).speaker()).isEqualTo("Anna Berg");
        assertThat(q.get(0).speakerDescription()).isEqualTo("Defence Minister");
        assertThat(q.get(0).anonymous()).isFalse();
        assertThat(q.get(0).sources()).extracting(QuoteSource::article, QuoteSource::text)
                .containsExactly(tuple("a", SAID),
                        tuple("b", VARIANT));
    }

    @Test
    void sameSpeakerSayingSomethingElseIsAnotherStatement() {
        assertThat(align(quote("a", SAID, ANNA), quote("b", OTHER, ANNA))).hasSize(2);
    }

    @Test
    void differentNamedSpeakersNeverJoinEvenWithTheSameWords() {
        List<Quote> q = align(quote("a", SAID, ANNA), quote("b", SAID, ERIK));
        assertThat(q).extracting(Quote::speaker).containsExactly("Anna Berg", "Erik Sand");
    }

    @Test
    void anonymousSourcesWithDifferentWordsStayApart() {
        List<Quote> q = align(quote("a", SAID, DIPLOMAT), quote("b", VARIANT, DIPLOMAT));
        assertThat(q).hasSize(2);
        assertThat(q).allSatisfy(x -> {
            assertThat(x.anonymous()).isTrue();
            assertThat(x.speaker()).isNull();
            assertThat(x.speakerDescription()).isEqualTo("a NATO diplomat");
        });
    }

    @Test
    void anonymousSourcesWithNearIdenticalWordsAreOneStatement() {
        List<Quote> q = align(quote("a", SAID, DIPLOMAT), quote("b", SAID.replace("an invitation", "invitations"),
                OFFICIAL));
        assertThat(q).hasSize(1);
        assertThat(q.get(0).anonymous()).isTrue();
        assertThat(q.get(0).speakerDescription()).isEqualTo("a NATO diplomat");
        assertThat(q.get(0).sources()).hasSize(2);
    }

    @Test
    void phraseOfOneSourceDoesNotJoinTheLongerQuoteOfAnother() {
        Speaker ministry = Speaker.named("Defence Ministry", null, false, Gender.UNKNOWN);
        List<Quote> q = align(quote("a", "handed over to the coast guard", ministry),
                quote("b", "The boats were searched. The crews were handed over to the coast guard at dawn.", OFFICIAL));
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speaker()).isEqualTo("Defence Ministry");
        assertThat(q.get(1).speakerDescription()).isEqualTo("a senior official");
    }

    @Test
    void quoteWithAnUnknownSpeakerJoinsANearIdenticalNamedOneAndTakesItsSpeaker() {
        List<Quote> q = align(quote("a", SAID, Speaker.UNKNOWN), quote("b", SAID, ANNA));
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Anna Berg");
        assertThat(q.get(0).text()).isEqualTo(SAID);
        assertThat(q.get(0).sources()).extracting(QuoteSource::article).containsExactly("a", "b");
    }

    @Test
    void namedSpeakerIsKeptWhenAnUnknownOneJoinsLater() {
        List<Quote> q = align(quote("a", SAID, ANNA), quote("b", SAID, Speaker.UNKNOWN));
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Anna Berg");
    }

    @Test
    void groupThatTookASpeakerNoLongerJoinsAnotherNamedSpeaker() {
        List<Quote> q = align(quote("a", SAID, Speaker.UNKNOWN), quote("b", SAID, ANNA), quote("c", SAID, ERIK));
        assertThat(q).extracting(Quote::speaker).containsExactly("Anna Berg", "Erik Sand");
        assertThat(q.get(0).sources()).extracting(QuoteSource::article).containsExactly("a", "b");
    }

    @Test
    void unknownSpeakersWithDifferentWordsStayApart() {
        List<Quote> q = align(quote("a", SAID, Speaker.UNKNOWN), quote("b", VARIANT, Speaker.UNKNOWN));
        assertThat(q).hasSize(2);
        assertThat(q).allSatisfy(x -> assertThat(x.speaker()).isNull());
    }

    @Test
    void veryShortQuotesOfUnknownSpeakersDoNotJoinOnTheirWordsAlone() {
        assertThat(align(quote("a", "Never again!", Speaker.UNKNOWN), quote("b", "Never again!", Speaker.UNKNOWN)))
                .hasSize(2);
    }

    @Test
    void twoQuotesOfOneArticleAreNeverOneStatement() {
        AttributedQuote first = quote("a", SAID, ANNA);
        assertThat(align(first, new AttributedQuote("a", first.start(), first.end(), SAID, ANNA))).hasSize(2);
    }

    @Test
    void sourcesCarrySourceOffsetsMappedFromTheCleanText() {
        List<Quote> q = align(quote("a", SAID, ANNA), quote("b", VARIANT, ANNA));
        for (QuoteSource s : q.get(0).sources()) {
            String source = articles.get(s.article()).article().source();
            assertThat(source.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.start()).isGreaterThan(HEADER.length());
        }
    }

    @Test
    void noQuotesGiveNoStatements() {
        assertThat(align()).isEmpty();
    }

    @Test
    void translatedWordingOfOneSpeakerJoinsByMeaning() {
        String original = "We will not send troops, but we will keep sending weapons for as long as it takes.";
        String translated = "We are not sending soldiers, but we will continue to deliver weapons as long as necessary.";
        List<Quote> q = align(quote("a", original, ANNA), quote("b", translated, ANNA));
        assertThat(q).hasSize(1);
        assertThat(q.get(0).sources()).hasSize(2);
    }

    @Test
    void sameMeaningFromTwoDifferentSpeakersNeverJoins() {
        SentenceEmbedderStub same = new SentenceEmbedderStub();
        List<Quote> q = new QuoteAligner(same).align(List.of(quote("a", SAID, ANNA), quote("b", OTHER, ERIK)), articles);
        assertThat(q).hasSize(2);
    }

    @Test
    void oneSpeakersTwoDifferentStatementsStayApart() {
        List<Quote> q = align(quote("a", SAID, ANNA), quote("b", OTHER, ANNA));
        assertThat(q).hasSize(2);
    }

    @Test
    void directQuoteAndReportedSpeechAreNotJoined() {
        AttributedQuote direct = quote("a", SAID, ANNA);
        AttributedQuote reported = quote("b", SAID, ANNA);
        reported = new AttributedQuote(reported.article(), reported.start(), reported.end(), reported.text(),
                reported.speaker(), false, null);
        List<Quote> q = align(direct, reported);
        assertThat(q).extracting(Quote::direct).containsExactly(true, false);
    }

    /** Gives every text the same embedding, as if all statements meant the same. */
    private static final class SentenceEmbedderStub implements org.storyline.nlp.SentenceEmbedder {
        @Override
        public float[] embed(String text) {
            return new float[] {1f, 0f, 0f};
        }
    }
}
