package org.storyline.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.RemovalKind;
import org.storyline.model.Span;

/**
 * Cleans an ingested article: drops bylines and page furniture lines (photo credits, update lines, promos),
 * finds its headline and drops a site header above it, then drops
 * repeated paragraphs, hashtag lines, syndication credit lines and subheadings, reads and removes the
 * dateline and syndication credit that open the body, and takes out machine-translation debris.
 * Rules and word lists only, no language models. Every kept character maps back to the source and
 * every removal is recorded in source order.
 *
 * <p>Instances are immutable and thread-safe: one cleaner can serve any number of threads.
 */
public final class TextCleaner {

    private final FurnitureLines furniture = new FurnitureLines();
    private final TitleFinder titles = new TitleFinder();
    private final DuplicateParagraphs duplicates = new DuplicateParagraphs();
    private final HashtagLines hashtags = new HashtagLines();
    private final HeadingDetector headings = new HeadingDetector();
    private final DatelineParser datelines;
    private final SyndicationCredit credits;
    private final DebrisDetector debris = new DebrisDetector();

    /** A cleaner with the bundled lists of news agencies and outlets. */
    public TextCleaner() {
        this.datelines = new DatelineParser();
        this.credits = new SyndicationCredit();
    }

    /**
     * Cleans {@code article}.
     *
     * @param article an ingested article; its paragraphs' offsets must point into its source
     * @return the cleaned body with title, dateline, credits and everything removed
     * @throws NullPointerException if {@code article} is null
     */
    public CleanArticle clean(Article article) {
        Objects.requireNonNull(article, "article");
        TitleFinder.Headline headline = titles.find(article, furniture.apply(Draft.of(article)));
        Draft draft = duplicates.apply(headline.draft());
        draft = hashtags.apply(draft);
        Credited lines = creditLines(draft);
        draft = headings.apply(lines.draft());
        Lead lead = lead(draft);
        draft = debris.apply(lead.draft());
        String syndicatedFrom = lead.outlet() != null ? lead.outlet() : lines.outlet();
        return draft.finish(article, headline.title(), lead.agency(), lead.place(), syndicatedFrom);
    }

    /** Credit lines go before subheadings are looked for, as a short credit would pass for one. */
    private Credited creditLines(Draft draft) {
        Set<Integer> found = new HashSet<>();
        String outlet = null;
        for (int i = 0; i < draft.size(); i++) {
            Optional<String> credited = credits.creditLine(draft.text(i));
            if (credited.isPresent()) {
                found.add(i);
                outlet = outlet == null ? credited.get() : outlet;
            }
        }
        return new Credited(outlet, draft.drop(found, RemovalKind.SYNDICATION));
    }

    /** Dateline and syndication credit at the start of the first body paragraph, in either order. */
    private Lead lead(Draft draft) {
        String place = null;
        String agency = null;
        String outlet = null;
        for (int round = 0; round < 2 && draft.size() > 0; round++) {
            String text = draft.text(0);
            Optional<DatelineParser.Dateline> dateline = place == null ? datelines.parse(text) : Optional.empty();
            if (dateline.isPresent()) {
                place = dateline.get().place();
                agency = dateline.get().agency();
                draft = draft.cut(0, List.of(new Span(0, dateline.get().length())), RemovalKind.DATELINE);
                continue;
            }
            Optional<SyndicationCredit.Lead> credit = outlet == null ? credits.lead(text) : Optional.empty();
            if (credit.isPresent()) {
                outlet = credit.get().outlet();
                draft = draft.cut(0, List.of(new Span(0, credit.get().length())), RemovalKind.SYNDICATION);
            }
        }
        return new Lead(place, agency, outlet, draft);
    }

    private record Credited(String outlet, Draft draft) {
    }

    private record Lead(String place, String agency, String outlet, Draft draft) {
    }
}
