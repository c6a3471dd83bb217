package org.storyline.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * A story a {@link StoryStream} holds open: its id, its open articles in arrival order, and the ids of its
 * articles that have left the window (retired), which it keeps to report its whole list when it closes.
 */
final class OpenStory {

    final String id;
    /** Creation order in the stream: the older story survives a merge. */
    final long sequence;
    /** Its articles still in the window, in arrival order. */
    final List<OpenArticle> members = new ArrayList<>();
    /**
     * The newest day of its articles: their publication days, and for undated ones the stream's newest day when
     * they arrived; {@code null} when none has either.
     */
    LocalDate lastDay;
    /** Ids of its articles that left the window, by arrival. */
    final TreeMap<Long, String> retired = new TreeMap<>();

    OpenStory(String id, long sequence) {
        this.id = id;
        this.sequence = sequence;
    }

    /** The earliest of its articles still in the window: it carries the story's id through regroupings. */
    OpenArticle anchor() {
        return members.get(0);
    }

    /** Makes {@code articles} (in any order) its open articles, in arrival order. */
    void setMembers(List<OpenArticle> articles) {
        members.clear();
        members.addAll(articles);
        members.sort(Comparator.comparingLong(a -> a.arrival));
        for (OpenArticle a : members) {
            a.story = this;
            if (a.seen != null && (lastDay == null || a.seen.isAfter(lastDay))) {
                lastDay = a.seen;
            }
        }
    }

    /** Takes on the retired articles of {@code absorbed}. */
    void absorb(OpenStory absorbed) {
        retired.putAll(absorbed.retired);
        if (absorbed.lastDay != null && (lastDay == null || absorbed.lastDay.isAfter(lastDay))) {
            lastDay = absorbed.lastDay;
        }
    }

    /** Moves {@code article} from its open articles to its retired ones. */
    void retire(OpenArticle article) {
        members.remove(article);
        retired.put(article.arrival, article.id);
    }

    /** Ids of all its articles, open and retired, in arrival order. */
    List<String> articleIds() {
        TreeMap<Long, String> all = new TreeMap<>(retired);
        members.forEach(a -> all.put(a.arrival, a.id));
        return List.copyOf(all.values());
    }
}
