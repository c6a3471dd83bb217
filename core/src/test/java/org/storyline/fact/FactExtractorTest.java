package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.FactKind;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;

class FactExtractorTest {

    private final FactExtractor extractor = new FactExtractor();

    private List<FactMention> extract(String text) {
        return extractor.extract(TestArticles.clean("a", text));
    }

    @Test
    void findsEveryKindInTextOrder() {
        List<FactMention> found = extract("On October 17, 2024, the 32 allies pledged €40 billion, "
                + "2% of GDP, for missiles with a 500 km range.");
        assertThat(found).extracting(FactMention::kind).containsExactly(
                FactKind.DATE, FactKind.COUNT, FactKind.MONEY, FactKind.PERCENT, FactKind.QUANTITY);
        assertThat(found).extracting(FactMention::value).containsExactly(
                "2024-10-17", "32 countries", "EUR 40000000000", "2%", "500000 m");
    }

    @Test
    void yearsAndDatesAreNotCounts() {
        List<FactMention> found = extract("In 1997 allies met. On 17 October 2024 ministers met in July 2024.");
        assertThat(found).extracting(FactMention::kind).containsOnly(FactKind.DATE);
        assertThat(found).extracting(FactMention::value).containsExactly("1997", "2024-10-17", "2024-07");
    }

    @Test
    void longerDateWinsOverMonthAndYearInside() {
        assertThat(extract("on 17 October 2024")).extracting(FactMention::text).containsExactly("17 October 2024");
    }

    @Test
    void timeWithGmtIsOneDateMention() {
        List<FactMention> found = extract("at 6:20 PM (1620 GMT), marking");
        assertThat(found).extracting(FactMention::value).containsExactly("16:20Z");
        assertThat(found.get(0).text()).isEqualTo("6:20 PM (1620 GMT)");
    }

    @Test
    void moneyIsNotAlsoACountOrQuantity() {
        assertThat(extract("5,000 dollars and 300 million pounds")).extracting(FactMention::kind)
                .containsOnly(FactKind.MONEY);
    }

    @Test
    void citationsPointAtExactlyTheFactsWords() {
        String text = "NATO’s 32 member states committed €20.9 billion in military assistance in 1997.";
        CleanArticle article = TestArticles.clean("a", text);
        for (FactMention m : extractor.extract(article)) {
            assertThat(text.substring(m.citation().start(), m.citation().end())).isEqualTo(m.text());
            assertThat(text.substring(m.cleanStart(), m.cleanEnd())).isEqualTo(m.text());
            assertThat(m.article()).isEqualTo("a");
        }
        assertThat(extractor.extract(article)).extracting(FactMention::text)
                .containsExactly("32 member states", "€20.9 billion", "1997");
    }

    @Test
    void citationsMapThroughOffsetsIntoTheSource() {
        String source = "<p>Headline</p><p>They pledged €40 billion.</p>";
        int from = source.indexOf("They");
        String text = "They pledged €40 billion.";
        Article raw = new Article("b", "b.html", source, List.of(), null, null, null, null, "en");
        CleanArticle article = new CleanArticle(raw, null, null, null, null, text,
                OffsetMap.verbatim(from, text.length()), List.of(new Span(0, text.length())), List.of());
        FactMention money = extractor.extract(article).get(0);
        assertThat(source.substring(money.citation().start(), money.citation().end())).isEqualTo("€40 billion");
        assertThat(money.cleanStart()).isEqualTo(text.indexOf('€'));
    }

    @Test
    void subjectsOfMoneyAndCounts() {
        List<FactMention> found = extract("a €40 billion military aid goal for 32 member states");
        assertThat(found).extracting(FactMention::subject).containsExactly("military aid", "countries");
    }

    @Test
    void phrasesDoNotRunOverParagraphBreaks() {
        assertThat(extract("They counted 32\n\nmember states.")).isEmpty();
    }

    @Test
    void exampleArticlesGiveTheFortyBillionEuroFact() {
        List<FactMention> norwegian = extractor.extract(TestArticles.example("000"));
        List<FactMention> politico = extractor.extract(TestArticles.example("001"));
        assertThat(norwegian).filteredOn(m -> m.value().equals("EUR 40000000000"))
                .extracting(FactMention::text).containsExactly("40 billion euros");
        assertThat(politico).filteredOn(m -> m.value().equals("EUR 40000000000"))
                .extracting(FactMention::text).containsExactly("€40 billion");
        assertThat(politico).extracting(FactMention::value).contains("EUR 20900000000");
    }

    @Test
    void relativeDatesNeedThePublicationDate() {
        String text = "Ministers met on Wednesday and will meet again next month.";
        assertThat(extractor.extract(TestArticles.clean("a", text, "2024-10-17T09:00:00+02:00")))
                .extracting(FactMention::value).containsExactly("2024-10-16", "2024-11");
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void timeJoinsTheDayOfItsSentence() {
        String text = "On October 17 they spoke at 6:20 PM (1620 GMT). Later, at 1800 GMT, they left.";
        assertThat(extractor.extract(TestArticles.clean("a", text, "2024-10-18")))
                .extracting(FactMention::value).containsExactly("2024-10-17", "2024-10-17T16:20Z", "18:00Z");
    }

    @Test
    void durationsAreFoundAndAgesAreNot() {
        assertThat(extract("Russia invaded two and a half years ago; the 33-year-old fought for two years."))
                .extracting(FactMention::value).containsExactly("P2Y");
    }

    @Test
    void hedgeBeforeANumberIsItsQualifier() {
        assertThat(extract("nearly €21 billion for more than 30 countries, 20.9 billion euros"))
                .extracting(FactMention::qualifier).containsExactly("nearly", "more than", null);
    }

    @Test
    void datesTakeTheEventTheyAttachToAsSubject() {
        assertThat(extractor.extract(TestArticles.clean("a", "They held the summit on Wednesday.", "2024-10-17")))
                .extracting(FactMention::subject).containsExactly("summit");
    }
}
