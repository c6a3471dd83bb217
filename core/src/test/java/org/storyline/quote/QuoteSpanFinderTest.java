package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class QuoteSpanFinderTest {

    /** A text of {@code paragraphs} joined by blank lines, as a cleaned article has it. */
    private record Text(String text, List<Span> paragraphs) {

        static Text of(String... paragraphs) {
            StringBuilder sb = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            for (String p : paragraphs) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                spans.add(new Span(sb.length(), sb.length() + p.length()));
                sb.append(p);
            }
            return new Text(sb.toString(), spans);
        }

        List<QuoteSpan> spans() {
            return QuoteSpanFinder.find(text, paragraphs);
        }

        List<String> quoted() {
            return spans().stream().map(q -> text.substring(q.start(), q.end())).toList();
        }
    }

    private static List<String> quoted(String... paragraphs) {
        return Text.of(paragraphs).quoted();
    }

    @Test
    void curlyDoubleQuotesAreFoundWithTheirMarks() {
        Text t = Text.of("The mayor said: “We are ready.” Then she left.");
        QuoteSpan q = t.spans().get(0);
        assertThat(t.quoted()).containsExactly("We are ready.");
        assertThat(t.text().charAt(q.outerStart())).isEqualTo('“');
        assertThat(t.text().charAt(q.outerEnd() - 1)).isEqualTo('”');
        assertThat(q.dashLed()).isFalse();
        assertThat(q.continued()).isFalse();
    }

    @Test
    void straightDoubleQuotesOpenAndCloseByPosition() {
        assertThat(quoted("\"We are ready,\" she said, \"and we have been for weeks.\""))
                .containsExactly("We are ready,", "and we have been for weeks.");
    }

    @Test
    void straightDoubleQuoteAfterADigitIsAnInchMarkNotAQuote() {
        assertThat(quoted("The plant ordered 12\" steel pipes for the new line.")).isEmpty();
    }

    @Test
    void guillemetsAreQuotesEvenWithSpacesInside() {
        assertThat(quoted("«We cannot sell below cost», said a farmer.", "Il a dit : « Nous sommes prêts ».")
                .stream().map(String::strip)).containsExactly("We cannot sell below cost", "Nous sommes prêts");
    }

    @Test
    void germanLowMarkOpensAndHighMarkCloses() {
        assertThat(quoted("Der Minister sagte: „Wir legen nächste Woche einen Plan vor.“ Dann ging er."))
                .containsExactly("Wir legen nächste Woche einen Plan vor.");
    }

    @Test
    void singleCurlyQuotesAreFound() {
        assertThat(quoted("The minister called it ‘a historic step for the region’ on Monday."))
                .containsExactly("a historic step for the region");
    }

    @Test
    void apostropheAfterAnAbbreviationOpensNothing() {
        assertThat(quoted("An expert at the U.K.'s University of York told Newsweek: \"It could equate to a lot.\""))
                .containsExactly("It could equate to a lot.");
    }

    @Test
    void apostrophesOutsideQuotesOpenNothing() {
        assertThat(quoted("The allies’ weapons and the EU’s money arrived in the ’90s style convoy.")).isEmpty();
    }

    @Test
    void apostropheInsideASingleQuoteDoesNotCloseIt() {
        assertThat(quoted("She said: ‘The EU’s support is firm and it won’t change.’"))
                .containsExactly("The EU’s support is firm and it won’t change.");
    }

    @Test
    void pluralPossessiveInsideASingleQuoteDoesNotCloseIt() {
        assertThat(quoted("‘The allies’ support is firm,’ she said."))
                .containsExactly("The allies’ support is firm,");
    }

    @Test
    void singleQuotesNestedInDoubleQuotesStayInsideTheOuterQuote() {
        assertThat(quoted("“He told me ‘never again’ and walked out,” she said."))
                .containsExactly("He told me ‘never again’ and walked out,");
    }

    @Test
    void doubleQuotesNestedInSingleQuotesStayInsideTheOuterQuote() {
        assertThat(quoted("She said: ‘They called it “a plan” but it was not.’"))
                .containsExactly("They called it “a plan” but it was not.");
    }

    @Test
    void quoteLeftOpenAtParagraphEndAndGoingOnInAParagraphOpeningWithAMarkIsOneQuote() {
        Text t = Text.of("The harbour master said: “The damage was worse than we feared.",
                "“It will take months to rebuild the quay.”", "The mayor left.");
        List<QuoteSpan> spans = t.spans();
        assertThat(t.quoted()).containsExactly("The damage was worse than we feared.\n\n“It will take months to rebuild the quay.");
        assertThat(spans.get(0).paragraph()).isZero();
        assertThat(spans.get(0).continued()).isFalse();
    }

    @Test
    void paragraphAfterAnOpenQuoteIsNoContinuationWhenItDoesNotOpenWithAMark() {
        Text t = Text.of("The harbour master said: “The damage was worse than we feared.",
                "The mayor disagreed: “It will be repaired in weeks.”");
        assertThat(t.spans()).extracting(QuoteSpan::continued).containsExactly(false, false);
    }

    @Test
    void paragraphOpeningWithAMarkIsNoContinuationWhenNothingWasLeftOpen() {
        Text t = Text.of("The harbour master said: “The damage is bad.”", "“It will take months.”");
        assertThat(t.spans()).extracting(QuoteSpan::continued).containsExactly(false, false);
    }

    @Test
    void newOpeningMarkWhileAQuoteIsOpenCutsTheOpenQuoteAtItsLastSentenceEnd() {
        assertThat(quoted("“We are ready to talk. We always were “We will strike tomorrow,” she said."))
                .containsExactly("We are ready to talk.", "We will strike tomorrow,");
    }

    @Test
    void openQuoteWithoutASentenceEndIsDroppedWhenAnotherOpens() {
        assertThat(quoted("“We are ready “We will strike tomorrow,” she said."))
                .containsExactly("We will strike tomorrow,");
    }

    @Test
    void dashLedParagraphIsDirectSpeechFromAfterTheDash() {
        Text t = Text.of("The bridge opened on Sunday.", "– This is a great day, said the mayor.",
                "— We waited ten years, a resident added.");
        List<QuoteSpan> spans = t.spans();
        assertThat(t.quoted()).containsExactly("This is a great day, said the mayor.",
                "We waited ten years, a resident added.");
        assertThat(spans).allSatisfy(q -> assertThat(q.dashLed()).isTrue());
        assertThat(spans.get(0).outerStart()).isEqualTo(t.paragraphs().get(1).start());
        assertThat(spans.get(0).paragraph()).isEqualTo(1);
        assertThat(spans.get(1).paragraph()).isEqualTo(2);
    }

    @Test
    void dashWithoutASpaceOrAHyphenatedWordDoesNotLeadSpeech() {
        Text t = Text.of("–Kyiv-based analysts expect more aid.", "Pro-government media reported the vote.", "–");
        assertThat(t.spans()).isEmpty();
        for (Span p : t.paragraphs()) {
            assertThat(QuoteSpanFinder.isDashLed(t.text(), p)).isFalse();
        }
    }

    @Test
    void dashLedParagraphClosesAQuoteLeftOpenBefore() {
        Text t = Text.of("The mayor said: “The damage is bad.", "– We will rebuild, she added.",
                "“It will take months.”");
        assertThat(t.spans()).extracting(QuoteSpan::continued).containsExactly(false, false, false);
    }

    @Test
    void quotesAreNumberedByTheParagraphTheyOpenIn() {
        Text t = Text.of("No quote here.", "One “first quote here” and", "then “second quote” and “third one”.");
        assertThat(t.spans()).extracting(QuoteSpan::paragraph).containsExactly(1, 2, 2);
        assertThat(t.quoted()).containsExactly("first quote here", "second quote", "third one");
    }

    @Test
    void swedishStyleUsesOneMarkToOpenAndClose() {
        assertThat(quoted("”Vi är redo”, sade ministern. Hon tillade: ”Vi har varit redo länge.”"))
                .containsExactly("Vi är redo", "Vi har varit redo länge.");
    }

    @Test
    void straightMarksWithSpaceOnBothSidesAlternateOpenAndClose() {
        assertThat(quoted("\"It was a shock, \" she said, \"but we will rebuild. \" Then she left."))
                .containsExactly("It was a shock, ", "but we will rebuild. ");
    }

    @Test
    void quoteOpenAtALineEndRunsOnToTheLineThatClosesIt() {
        Text t = Text.of("\"Guys hung in there.", "We struggled, then put a drive together.",
                "It was our best all year. \"", "The coach left the room.");
        assertThat(t.quoted()).containsExactly("Guys hung in there.\n\nWe struggled, then put a drive together."
                + "\n\nIt was our best all year. ");
        assertThat(t.spans().get(0).paragraph()).isZero();
    }

    @Test
    void openQuoteDoesNotRunOnWhenTheNextMarkOpensAnotherQuote() {
        Text t = Text.of("The mayor said: \"The damage is bad.", "The council met on Monday.",
                "Its chairman said \"we will rebuild\" and left.");
        assertThat(t.quoted()).containsExactly("The damage is bad.", "we will rebuild");
    }

    @Test
    void openingShapedMarkAfterQuotedWordsAndBeforeALowerCaseWordClosesTheQuote() {
        assertThat(quoted("“Her friends are supportive of her decision, “a friend of the actress said."))
                .containsExactly("Her friends are supportive of her decision, ");
        assertThat(quoted("“Everyone was respectful, “said the juror."))
                .containsExactly("Everyone was respectful, ");
    }

    @Test
    void openingShapedMarkAfterACommaWithNoMarkLaterOnItsLineClosesTheQuote() {
        assertThat(quoted("“The data is sketchy, but it was an anchor again, “Jo Berg, the firm's director, said."))
                .containsExactly("The data is sketchy, but it was an anchor again, ");
        assertThat(quoted("“We are ready, “We will strike tomorrow,” she said."))
                .containsExactly("We will strike tomorrow,");
    }

    @Test
    void openingShapedMarkEndingALineClosesTheOpenQuote() {
        Text t = Text.of("“Like James Dean, she brought something modern to the era.",
                "She is the girl next door, and that is why she is eternal. “", "Early years");
        assertThat(t.quoted()).containsExactly("Like James Dean, she brought something modern to the era.\n\n"
                + "She is the girl next door, and that is why she is eternal. ");
    }

    @Test
    void lineOfAQuotationWithoutMarksBeforeALineGoingOnWithAMarkIsPartOfTheQuote() {
        Text t = Text.of("\"It was a historic building with lots of possibilities.", "You can't replace that.",
                "\"It's devastating. \"", "The fire marshal is investigating.");
        assertThat(t.quoted()).singleElement().satisfies(q -> assertThat(q).startsWith("It was a historic")
                .contains("You can't replace that.").endsWith("It's devastating. "));
    }
}
