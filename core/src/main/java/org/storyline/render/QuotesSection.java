package org.storyline.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Brief;
import org.storyline.model.Entity;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;

/**
 * "Who said what": quotes grouped by speaker, in order of first appearance. A named speaker is
 * shown with the role its entity has; a speaker known only by a description is shown by it, marked
 * {@code (anonymous)} for unnamed sources; quotes with no speaker at all come last, under
 * "Unattributed". With cues, each quote is followed by the words of each article that name its speaker
 * ({@code named by “Berg said” [1]}).
 */
final class QuotesSection implements MarkdownSection {

    private static final String UNATTRIBUTED = "Unattributed";

    private final boolean cues;

    /** The section, with or without the words that name each quote's speaker. */
    QuotesSection(boolean cues) {
        this.cues = cues;
    }

    @Override
    public void write(Brief brief, SourceNumbers sources, StringBuilder out) {
        if (brief.quotes().isEmpty()) {
            return;
        }
        Map<String, String> roles = roles(brief.entities());
        Map<String, List<Quote>> groups = new LinkedHashMap<>();
        List<Quote> unattributed = new ArrayList<>();
        for (Quote quote : brief.quotes()) {
            String speaker = speaker(quote, roles);
            if (speaker == null) {
                unattributed.add(quote);
            } else {
                groups.computeIfAbsent(speaker, k -> new ArrayList<>()).add(quote);
            }
        }
        out.append("## Who said what\n\n");
        groups.forEach((speaker, quotes) -> writeGroup(speaker, quotes, sources, out));
        if (!unattributed.isEmpty()) {
            writeGroup(UNATTRIBUTED, unattributed, sources, out);
        }
    }

    private void writeGroup(String heading, List<Quote> quotes, SourceNumbers sources, StringBuilder out) {
        out.append("### ").append(heading).append("\n\n");
        for (Quote quote : quotes) {
            String words = MarkdownText.escape(quote.text());
            out.append(quote.direct() ? "- “" + words + "”" : "- (reported) " + words)
                    .append(sources.trailingMarkers(quote.sources().stream().map(QuoteSource::article).toList()));
            if (cues) {
                writeCues(quote, sources, out);
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /** {@code — named by “Berg said” [1], “said Anna Berg” [2]}: each source's cue, when it has one. */
    private static void writeCues(Quote quote, SourceNumbers sources, StringBuilder out) {
        List<String> named = new ArrayList<>();
        for (QuoteSource source : quote.sources()) {
            if (source.cue() != null) {
                named.add("“" + MarkdownText.escape(source.cue().text()) + "”" + sources.trailingMarkers(List.of(source.article())));
            }
        }
        if (!named.isEmpty()) {
            out.append(" — named by ").append(String.join(", ", named));
        }
    }

    /**
     * The heading a quote's speaker is shown under, already escaped, or {@code null} when nothing
     * is known about the speaker.
     */
    static String speaker(Quote quote, Map<String, String> roles) {
        String description = quote.speakerDescription();
        boolean described = description != null && !description.isBlank();
        if (quote.speaker() != null) {
            String role = roles.get(quote.speaker());
            return MarkdownText.escape(quote.speaker()) + (role == null ? "" : " (" + MarkdownText.escape(role) + ")");
        }
        if (quote.anonymous()) {
            return (described ? MarkdownText.escape(description) : "an unnamed source") + " (anonymous)";
        }
        return described ? MarkdownText.escape(description) : null;
    }

    /** The role of each named entity that has one; the first, most mentioned entity of a name wins. */
    static Map<String, String> roles(List<Entity> entities) {
        Map<String, String> roles = new HashMap<>();
        for (Entity entity : entities) {
            if (entity.role() != null && !entity.role().isBlank()) {
                roles.putIfAbsent(entity.name(), entity.role());
            }
        }
        return roles;
    }
}
