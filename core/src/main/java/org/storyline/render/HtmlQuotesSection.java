package org.storyline.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;

/**
 * "Who said what": quotes grouped by speaker in order of first appearance, each speaker with the
 * role its entity has or marked anonymous; direct quotes in quotation marks, reported speech
 * marked as such; quotes with no speaker at all last, under "Unattributed".
 */
final class HtmlQuotesSection implements HtmlSection {

    /** Who a group of quotes is by. */
    private record Speaker(String name, String role, boolean anonymous) {
    }

    private static final Speaker UNATTRIBUTED = new Speaker("Unattributed", null, false);

    @Override
    public void write(HtmlStory story, HtmlBuilder out) {
        if (story.brief().quotes().isEmpty()) {
            return;
        }
        Map<String, String> roles = QuotesSection.roles(story.brief().entities());
        Map<Speaker, List<Quote>> groups = new LinkedHashMap<>();
        List<Quote> unattributed = new ArrayList<>();
        for (Quote quote : story.brief().quotes()) {
            Speaker speaker = speaker(quote, roles);
            if (speaker == null) {
                unattributed.add(quote);
            } else {
                groups.computeIfAbsent(speaker, k -> new ArrayList<>()).add(quote);
            }
        }
        if (!unattributed.isEmpty()) {
            groups.computeIfAbsent(UNATTRIBUTED, k -> new ArrayList<>()).addAll(unattributed);
        }
        HtmlSection.open(story, "quotes", "Who said what", out);
        groups.forEach((speaker, quotes) -> group(speaker, quotes, story, out));
        HtmlSection.close(out);
    }

    private static void group(Speaker speaker, List<Quote> quotes, HtmlStory story, HtmlBuilder out) {
        out.open("div", "class", "speaker-group").open("h3").element("span", speaker.name(), "class", "speaker");
        if (speaker.role() != null) {
            out.text(" ").element("span", speaker.role(), "class", "role");
        }
        if (speaker.anonymous()) {
            out.text(" ").element("span", "anonymous", "class", "badge");
        }
        out.close("h3").newline().open("ul", "class", "quote-list").newline();
        for (Quote quote : quotes) {
            out.open("li");
            if (quote.direct()) {
                out.element("q", quote.text());
            } else {
                out.element("span", "reported", "class", "badge").text(" ").text(quote.text());
            }
            out.text(" ");
            story.markers(quote.sources().stream().map(QuoteSource::citation).toList(), out);
            cues(quote, out);
            out.close("li").newline();
        }
        out.close("ul").close("div").newline();
    }

    /** The distinct words of the sources that name the quote's speaker ({@code he said}), when any does. */
    private static void cues(Quote quote, HtmlBuilder out) {
        List<String> cues = quote.sources().stream().map(QuoteSource::cue).filter(c -> c != null)
                .map(QuoteSource.Cue::text).distinct().toList();
        if (!cues.isEmpty()) {
            out.text(" ").element("span", "— " + String.join(" · ", cues), "class", "cue",
                    "title", "The words of the articles that name the speaker");
        }
    }

    /** Who said {@code quote}, or {@code null} when nothing is known about the speaker. */
    private static Speaker speaker(Quote quote, Map<String, String> roles) {
        String description = quote.speakerDescription();
        boolean described = description != null && !description.isBlank();
        if (quote.speaker() != null) {
            return new Speaker(quote.speaker(), roles.get(quote.speaker()), false);
        }
        if (quote.anonymous()) {
            return new Speaker(described ? description : "an unnamed source", null, true);
        }
        return described ? new Speaker(description, null, false) : null;
    }
}
