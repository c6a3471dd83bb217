package org.storyline.cluster;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyline.cluster.StoryUpdate.Kind;

/**
 * Groups articles into stories as they arrive, one at a time, with the similarity {@link StoryClusterer} uses
 * for a batch, at a cost per article that does not grow with the stream:
 * <ol>
 * <li>the new article's heaviest terms look up similar open articles in an inverted index of the open articles
 *     only ({@link OpenIndex}), never all pairs;</li>
 * <li>it takes its nearest neighbours among them, and becomes a neighbour of those it is nearer to than their
 *     current ones ({@link Neighbourhoods});</li>
 * <li>the stories whose articles now share neighbours with it are clustered again by average link on
 *     shared-neighbour similarity ({@link Regrouping}): the new article joins a story or starts one, and two
 *     stories it bridges merge, or a story it shows to be two events splits. Story ids stay stable: a merged
 *     story's id leads to the survivor ({@link StoryUpdate.Kind#MERGED});</li>
 * <li>a story that no article dated within {@link StreamSettings#quietDays()} days of a new dated article has
 *     joined is quiet for it: the new article does not join it, and a late report of an old event, or the same
 *     kind of event a month later, starts a story of its own. A quiet story still counts in the similarities, so
 *     that such an article is not taken for part of another story either. An undated article counts as of the
 *     newest day the stream had seen when it arrived, and may itself join any story in the window. A reprint
 *     always joins the story of the article it copies;</li>
 * <li>an article leaves the window when more than {@link StreamSettings#quietArrivals()} articles have arrived
 *     after it: it leaves the index and its story keeps only its id, so memory follows the window, not the
 *     stream. A story with no article left in the window is closed ({@link StoryUpdate.Kind#CLOSED}).</li>
 * </ol>
 * Not thread-safe: one thread feeds a stream.
 */
public final class StoryStream {

    /** Most articles regrouped at once: the touched stories closest to the new article, up to this many. */
    static final int MOST_REGROUPED = 400;

    /** How often, in arrivals, quiet stories are looked for (also whenever the newest day moves on). */
    static final int SWEEP_EVERY = 256;

    private final StreamSettings settings;
    private final OpenIndex index = new OpenIndex();
    private final Neighbourhoods neighbourhoods;
    private final Regrouping regrouping;
    private final Map<String, OpenArticle> open = new HashMap<>();
    private final Set<OpenStory> stories = new LinkedHashSet<>();
    private final ArrayDeque<Arrival> byArrival = new ArrayDeque<>();
    private long arrivals;
    private LocalDate newestDay;

    /** A stream with the given settings. */
    public StoryStream(StreamSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.neighbourhoods = new Neighbourhoods(settings.neighbours(), index);
        this.regrouping = new Regrouping(settings.threshold());
    }

    /** A stream with the default settings. */
    public StoryStream() {
        this(StreamSettings.defaults());
    }

    /**
     * Adds {@code article} and returns what changed: the story it joined or started, merges and splits it
     * caused, and stories that went quiet. An article already open is refused.
     */
    public List<StoryUpdate> add(StreamArticle article) {
        if (open.containsKey(article.id())) {
            throw new IllegalArgumentException("article " + article.id() + " is already in the stream");
        }
        arrivals++;
        List<StoryUpdate> updates = new ArrayList<>();
        if (arrivals % SWEEP_EVERY == 0) {
            retireOld(updates);
        }
        if (article.day() != null && (newestDay == null || article.day().isAfter(newestDay))) {
            newestDay = article.day();
        }
        OpenArticle fresh = index.add(article, arrivals);
        fresh.seen = fresh.day != null ? fresh.day : newestDay;
        open.put(fresh.id, fresh);
        byArrival.add(new Arrival(arrivals, fresh.id));
        Set<OpenArticle> dropped = new LinkedHashSet<>();
        for (OpenArticle other : index.candidates(fresh, settings.queryTerms(), settings.candidates(),
                other -> contemporary(other, fresh))) {
            double similarity = index.cosine(fresh, other);
            neighbourhoods.offer(fresh, other, similarity, dropped);
            neighbourhoods.offer(other, fresh, similarity, dropped);
        }
        OpenArticle original = fresh.duplicateOf == null ? null : open.get(fresh.duplicateOf);
        OpenStory copied = original == null ? null : original.story;
        Regrouping.Result result = regrouping.regroup(touched(fresh, dropped), fresh,
                s -> s != copied && quiet(s, fresh.day));
        stories.removeAll(result.gone());
        stories.addAll(result.created());
        updates.addAll(result.updates());
        return updates;
    }

    /** Closes every open story, as at the end of a stream, and returns their final articles. */
    public List<StoryUpdate> closeAll() {
        List<StoryUpdate> updates = new ArrayList<>();
        List.copyOf(stories).forEach(s -> close(s, updates));
        byArrival.clear();
        return updates;
    }

    /** Articles held open. */
    public int openArticles() {
        return open.size();
    }

    /** Stories held open. */
    public int openStories() {
        return stories.size();
    }

    /** Distinct terms of the open articles (the index's vocabulary). */
    public int openTerms() {
        return index.terms();
    }

    /**
     * The open stories that share neighbours with {@code fresh}, closest first, up to {@link #MOST_REGROUPED},
     * and those of the articles it pushed out of neighbour lists (their ties changed too).
     */
    private List<OpenStory> touched(OpenArticle fresh, Set<OpenArticle> dropped) {
        Set<OpenArticle> reach = new LinkedHashSet<>();
        Neighbourhoods.reach(fresh, reach);
        OpenArticle original = fresh.duplicateOf == null ? null : open.get(fresh.duplicateOf);
        if (original != null) {
            reach.add(original);
        }
        Map<OpenStory, Double> closeness = new HashMap<>();
        for (OpenArticle a : reach) {
            if (a.story != null && !a.retired) {
                closeness.merge(a.story, Neighbourhoods.shared(fresh, a) + (a == original ? 1 : 0), Double::sum);
            }
        }
        for (OpenArticle a : dropped) {
            if (a.story != null && !a.retired) {
                closeness.merge(a.story, 0.0, Double::sum);
            }
        }
        List<OpenStory> out = new ArrayList<>(closeness.keySet());
        out.sort(Comparator.comparingDouble((OpenStory s) -> -closeness.get(s) / s.members.size())
                .thenComparingLong(s -> s.sequence));
        List<OpenStory> kept = new ArrayList<>();
        int size = 0;
        for (OpenStory s : out) {
            if (size + s.members.size() <= MOST_REGROUPED || kept.isEmpty()) {
                kept.add(s);
                size += s.members.size();
            }
        }
        return kept;
    }

    /**
     * Whether {@code other} may be a neighbour of {@code fresh}: an undated article may be near any article, and
     * so may any article be near an undated one; two dated articles only within the quiet window of each other.
     */
    private boolean contemporary(OpenArticle other, OpenArticle fresh) {
        return fresh.epochDay == OpenArticle.UNDATED || other.epochDay == OpenArticle.UNDATED
                || Math.abs(other.epochDay - fresh.epochDay) <= settings.quietDays();
    }

    /** Whether {@code story} has been quiet for longer than the window before {@code day}. */
    private boolean quiet(OpenStory story, LocalDate day) {
        return story != null && story.lastDay != null && day != null
                && story.lastDay.plusDays(settings.quietDays()).isBefore(day);
    }

    /** Retires the articles that have left the window; closes the stories left with none. */
    private void retireOld(List<StoryUpdate> updates) {
        while (!byArrival.isEmpty() && arrivals - byArrival.peekFirst().number() > settings.quietArrivals()) {
            retire(open.get(byArrival.pollFirst().id()), updates);
        }
    }

    private void retire(OpenArticle article, List<StoryUpdate> updates) {
        if (article == null) {
            return;
        }
        neighbourhoods.retire(article);
        index.remove(article);
        open.remove(article.id);
        OpenStory story = article.story;
        story.retire(article);
        if (story.members.isEmpty()) {
            updates.add(new StoryUpdate(Kind.CLOSED, story.id, null, story.articleIds()));
            stories.remove(story);
        }
    }

    private void close(OpenStory story, List<StoryUpdate> updates) {
        updates.add(new StoryUpdate(Kind.CLOSED, story.id, null, story.articleIds()));
        for (OpenArticle a : story.members) {
            a.retired = true;
            neighbourhoods.forget(a);
            index.remove(a);
            open.remove(a.id);
        }
        stories.remove(story);
    }

    /** An article's arrival number and id, for retiring articles in arrival order. */
    private record Arrival(long number, String id) {
    }
}
