package org.storyline.render;

import org.storyline.model.BriefSentence;

/** The summary: a numbered list of sentences, each with the markers of the articles that report it. */
final class HtmlSummarySection implements HtmlSection {

    @Override
    public void write(HtmlStory story, HtmlBuilder out) {
        if (story.brief().summary().isEmpty()) {
            return;
        }
        HtmlSection.open(story, "summary", "Summary", out);
        out.open("ol", "class", "summary-list").newline();
        for (BriefSentence sentence : story.brief().summary()) {
            out.open("li").text(sentence.text()).text(" ");
            story.markers(sentence.sources(), out);
            out.close("li").newline();
        }
        out.close("ol").newline();
        HtmlSection.close(out);
    }
}
