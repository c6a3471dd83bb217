package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.Paragraph;
import org.storyline.model.Span;
import org.storyline.testing.SourceMapping;

class ReferenceDecoderTest {

    @Test
    void namedReferenceMapsOneCharacterToWholeReference() {
        String source = "<p>A &amp; B</p>";

        Paragraph decoded = ReferenceDecoder.decode(source, 3, 12);

        assertThat(decoded.text()).isEqualTo("A & B");
        assertThat(decoded.toSource(2, 3)).isEqualTo(new Span(5, 10));
        assertThat(decoded.toSource(4, 5)).isEqualTo(new Span(11, 12));
    }

    @Test
    void numericReferenceMapsToItsDigits() {
        String source = "alliance&#8217;s";

        Paragraph decoded = ReferenceDecoder.decode(source, 0, source.length());

        assertThat(decoded.text()).isEqualTo("alliance’s");
        assertThat(decoded.toSource(8, 9).of(source)).isEqualTo("&#8217;");
    }

    @Test
    void supplementaryCharacterMapsBothHalvesToTheReference() {
        String source = "x&#x1F600;y";

        Paragraph decoded = ReferenceDecoder.decode(source, 0, source.length());

        assertThat(decoded.text()).isEqualTo("x\uD83D\uDE00y");
        assertThat(decoded.toSource(1, 2)).isEqualTo(new Span(1, 10));
        assertThat(decoded.toSource(2, 3)).isEqualTo(new Span(1, 10));
    }

    @Test
    void legacyReferenceWithoutSemicolonTakesOnlyItsName() {
        String source = "&notit; &ampx";

        Paragraph decoded = ReferenceDecoder.decode(source, 0, source.length());

        assertThat(decoded.text()).isEqualTo("¬it; &x");
        assertThat(decoded.toSource(0, 1).of(source)).isEqualTo("&not");
        assertThat(decoded.toSource(5, 6).of(source)).isEqualTo("&amp");
    }

    @Test
    void unknownReferenceStaysLiteral() {
        String source = "R&D &foo; & #";

        assertThat(ReferenceDecoder.decode(source, 0, source.length()).text()).isEqualTo(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"&lt;&gt;&quot;&apos;&nbsp;", "&#150; &#0; &#xD800; &#99999999;", "&AMP; &notin; &notin",
        "&#65 &#x41z &#x; &#;", "&NotEqualTilde; &nGt; &Amp; &amp;amp;", "a\r\nb\tc &copy 2024"})
    void decodesLikeJsoup(String source) {
        Paragraph decoded = ReferenceDecoder.decode(source, 0, source.length());

        assertThat(decoded.text()).isEqualTo(Parser.unescapeEntities(source, false));
        SourceMapping.assertMapsIntoSource(decoded, source);
    }
}
