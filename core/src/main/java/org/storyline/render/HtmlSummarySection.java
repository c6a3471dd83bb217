package org.storyline.render;

import org.storyline.model.BriefSentence;

/**
 * The summary: a numbered list of sentences, each with the markers of the articles that report it and, apart,
 * of those that state only part of it (related reporting).
 */
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
            if (!sentence.related().isEmpty()) {
                out.open("span", "class", "related", "title", "These articles state only part of the sentence")
                        .text(" related reporting ");
                story.markers(sentence.related(), out);
                out.close("span");
            }
            out.close("li").newline();
        }
        out.close("ol").newline();
        HtmlSection.close(out);
    }
}
