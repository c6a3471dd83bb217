package org.storyline.render;

import org.storyline.model.TimelineEvent;

/** The timeline: each dated event, earliest first, with its date and markers. */
final class HtmlTimelineSection implements HtmlSection {

    @Override
    public void write(HtmlStory story, HtmlBuilder out) {
        if (story.brief().timeline().isEmpty()) {
            return;
        }
        HtmlSection.open(story, "timeline", "Timeline", out);
        out.open("ol", "class", "timeline-list").newline();
        for (TimelineEvent event : story.brief().timeline()) {
            out.open("li").element("time", event.when(), "datetime", event.when()).text(" ")
                    .element("span", event.text(), "class", "event").text(" ");
            story.markers(event.sources(), out);
            out.close("li").newline();
        }
        out.close("ol").newline();
        HtmlSection.close(out);
    }
}
