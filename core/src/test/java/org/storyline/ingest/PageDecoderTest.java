package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void metaCharsetDecidesWhenTheTransportSaysNothing() {
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body>caf\u00e9 \u2013 \u201cquote\u201d</body></html>"
                .getBytes(CP1252);
        PageDecoder.Decoded d = PageDecoder.decode(page, null);
        assertThat(d.evidence()).isEqualTo("meta");
        assertThat(d.text()).contains("café – “quote”");
    }

    @Test
    void latin1IsReadAsWindows1252() {
        byte[] page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\u201cs\u00ed\u201d</p>"
                .getBytes(CP1252);
        assertThat(PageDecoder.decode(page, null).text()).contains("“sí”");
    }

    @Test
    void transportCharsetWinsOverTheMetaTag() {
        byte[] page = "<meta charset=\"utf-8\"><p>K\u00f8benhavn</p>".getBytes(StandardCharsets.ISO_8859_1);
        PageDecoder.Decoded d = PageDecoder.decode(page, "iso-8859-1");
        assertThat(d.evidence()).isEqualTo("declared");
        assertThat(d.text()).contains("København");
    }

    @Test
    void undeclaredValidUtf8IsUtf8() {
        byte[] page = "<p>Zelens\u02b9kyi \u20ac40</p>".getBytes(StandardCharsets.UTF_8);
        PageDecoder.Decoded d = PageDecoder.decode(page, null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains("€40");
    }

    @Test
    void undeclaredLegacyBytesAreDetected() {
        String text = "<html><body><p>Les ministres se sont réunis à Bruxelles pour évoquer l'aide à l'Ukraine. "
                + "Le secrétaire général a déclaré qu'il était très préoccupé par la situation économique "
                + "et que les alliés devaient agir rapidement, même s'ils n'étaient pas d'accord.</p></body></html>";
        PageDecoder.Decoded d = PageDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat(d.evidence()).isEqualTo("detected");
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void byteOrderMarkIsKeptAsACharacter() {
        byte[] page = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>'};
        PageDecoder.Decoded d = PageDecoder.decode(page, "windows-1252");
        assertThat(d.evidence()).isEqualTo("bom");
        assertThat(d.text()).isEqualTo("\uFEFF<p>");
    }

    @Test
    void unknownCharsetLabelsAreIgnored() {
        byte[] page = "<meta charset=\"x-no-such\"><p>plain</p>".getBytes(StandardCharsets.US_ASCII);
        assertThat(PageDecoder.decode(page, "bogus").text()).contains("plain");
    }
}
