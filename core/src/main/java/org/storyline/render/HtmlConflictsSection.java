package org.storyline.render;

import org.storyline.model.Conflict;
import org.storyline.model.Fact;

/** "Conflicts": each disputed subject with every value the outlets give, as worded, and their markers. */
final class HtmlConflictsSection implements HtmlSection {

    @Override
    public void write(HtmlStory story, HtmlBuilder out) {
        if (story.brief().conflicts().isEmpty()) {
            return;
        }
        HtmlSection.open(story, "conflicts", "Where the outlets disagree", out);
        out.open("div", "class", "table-wrap").open("table").newline();
        out.open("thead").open("tr").element("th", "Subject", "scope", "col")
                .element("th", "Values reported", "scope", "col").close("tr").close("thead").newline()
                .open("tbody").newline();
        for (Conflict conflict : story.brief().conflicts()) {
            out.open("tr").open("td").text(conflict.subject()).text(" ")
                    .element("span", conflict.kind().label(), "class", "kind").close("td");
            out.open("td").open("ul", "class", "sides");
            for (Fact side : conflict.sides()) {
                out.open("li").element("strong", side.value()).text(" ");
                if (!side.text().equals(side.value())) {
                    out.element("q", side.text()).text(" ");
                }
                story.markers(side.sources(), out);
                out.close("li");
            }
            out.close("ul").close("td").close("tr").newline();
        }
        out.close("tbody").close("table").close("div").newline();
        HtmlSection.close(out);
    }
}
