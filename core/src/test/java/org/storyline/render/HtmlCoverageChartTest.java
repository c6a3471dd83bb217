package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlCoverageChartTest {

    private static Document svg(org.storyline.model.Brief brief) throws Exception {
        HtmlBuilder out = new HtmlBuilder();
        HtmlCoverageChart.write(new HtmlStory(brief, "s1"), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
    }

    @Test
    void chartIsWellFormedSvgWithARowPerSummarySentenceAndFact() throws Exception {
        Document doc = svg(HtmlFixtures.brief());

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList rows = doc.getElementsByTagName("g");
        assertThat(rows.getLength()).isEqualTo(4);
        assertThat(rows.item(0).getFirstChild().getTextContent()).startsWith("Summary <script>")
                .endsWith("reported by [1][2]");
    }

    @Test
    void aCellIsFilledWhereTheOutletReportsThePoint() throws Exception {
        Document doc = svg(HtmlFixtures.brief());

        NodeList rects = doc.getElementsByTagName("rect");
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < rects.getLength(); i++) {
            String type = rects.item(i).getAttributes().getNamedItem("class").getNodeValue();
            cells.append(type.equals("cell on") ? '#' : type.equals("cell off") ? '.' : '|');
        }
        assertThat(cells).hasToString("|##|#.|#.|.#");
    }

    @Test
    void storyWithoutSummaryOrFactsHasNoChart() {
        HtmlBuilder out = new HtmlBuilder();
        HtmlCoverageChart.write(new HtmlStory(Fixtures.emptyBrief(Fixtures.article("x", "X", "T", "Text.")), "s1"), out);

        assertThat(out.toString()).isEmpty();
    }
}
