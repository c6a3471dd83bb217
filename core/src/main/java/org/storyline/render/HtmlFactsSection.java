package org.storyline.render;

import org.storyline.model.Citation;
import org.storyline.model.Fact;

/** "Key facts": each fact as worded, its normalised value, how many outlets state it, and their markers. */
final class HtmlFactsSection implements HtmlSection {

    @Override
    public void write(HtmlStory story, HtmlBuilder out) {
        if (story.brief().facts().isEmpty()) {
            return;
        }
        HtmlSection.open(story, "facts", "Key facts", out);
        out.open("div", "class", "table-wrap").open("table").newline();
        out.open("thead").open("tr").element("th", "Fact", "scope", "col").element("th", "Value", "scope", "col")
                .element("th", "Support", "scope", "col").element("th", "Sources", "scope", "col")
                .close("tr").close("thead").newline().open("tbody").newline();
        for (Fact fact : story.brief().facts()) {
            out.open("tr").element("td", fact.text()).element("td", fact.value(), "class", "value")
                    .element("td", story.support(fact.sources().stream().map(Citation::article).toList()),
                            "class", "support")
                    .open("td");
            story.markers(fact.sources(), out);
            out.close("td").close("tr").newline();
        }
        out.close("tbody").close("table").close("div").newline();
        HtmlSection.close(out);
    }
}
