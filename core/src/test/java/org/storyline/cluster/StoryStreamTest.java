package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.cluster.StoryUpdate.Kind;

class StoryStreamTest {

    private static final String[] FLOOD = {"river", "almon", "levee", "kestrel", "flood", "evacuate", "venn",
        "mayor", "boat", "breach", "family", "hall"};
    private static final String[] CHESS = {"grandmaster", "oslo", "chess", "open", "tiebreak", "rook", "endgame",
        "blitz", "resign", "round", "teenage", "move"};
    private static final String[] DAM = {"quarry", "creek", "dam", "collapse", "engineer", "rain", "concrete",
        "spillway", "inspector", "reservoir", "crack", "valley"};

    private final StoryStream stream = new StoryStream();
    private final Map<String, String> storyOf = new HashMap<>();
    private final List<StoryUpdate> seen = new ArrayList<>();

    @Test
    void articlesOfOneEventFormOneStoryAndAnotherEventItsOwn() {
        feed(event("flood", FLOOD, 4, "2024-03-05"));
        feed(event("chess", CHESS, 4, "2024-03-05"));

        assertThat(storyOf).containsKeys("flood-0", "flood-3", "chess-0", "chess-3");
        assertThat(storyOf.get("flood-3")).isEqualTo(storyOf.get("flood-0"));
        assertThat(storyOf.get("chess-3")).isEqualTo(storyOf.get("chess-0")).isNotEqualTo(storyOf.get("flood-0"));
        assertThat(stream.openStories()).isEqualTo(2);
    }

    @Test
    void storyKeepsTheIdItStartedWithAsItGrows() {
        feed(event("flood", FLOOD, 1, "2024-03-05"));
        String first = storyOf.get("flood-0");

        feed(event("flood", FLOOD, 5, "2024-03-06").subList(1, 5));

        assertThat(storyOf.get("flood-4")).isEqualTo(first);
        assertThat(seen).filteredOn(u -> u.kind() == Kind.CREATED).hasSize(1);
    }

    @Test
    void sameKindOfEventWeeksLaterStartsANewStory() {
        feed(event("flood", FLOOD, 3, "2024-03-05"));
        String spring = storyOf.get("flood-0");

        feed(List.of(article("flood-late", "2024-05-20", FLOOD)));

        assertThat(storyOf.get("flood-late")).isNotEqualTo(spring);
        assertThat(storyOf.get("flood-2")).isEqualTo(spring);
    }

    @Test
    void storyWhoseArticlesLeaveTheWindowClosesWithAllItsArticles() {
        StoryStream small = new StoryStream(StreamSettings.defaults().withQuietArrivals(3));
        List<StoryUpdate> updates = new ArrayList<>();
        event("flood", FLOOD, 3, "2024-03-05").forEach(a -> updates.addAll(small.add(a)));
        for (int i = 0; i < StoryStream.SWEEP_EVERY; i++) {
            updates.addAll(small.add(article("other-" + i, "2024-03-06", "word" + i)));
        }

        assertThat(updates).anySatisfy(u -> {
            assertThat(u.kind()).isEqualTo(Kind.CLOSED);
            assertThat(u.articleIds()).containsExactly("flood-0", "flood-1", "flood-2");
        });
        assertThat(small.openArticles()).isLessThanOrEqualTo(3 + StoryStream.SWEEP_EVERY);
    }

    @Test
    void articleDaysLaterStillJoins() {
        feed(event("flood", FLOOD, 3, "2024-03-05"));

        feed(List.of(article("flood-later", "2024-03-10", FLOOD)));

        assertThat(storyOf.get("flood-later")).isEqualTo(storyOf.get("flood-0"));
    }

    @Test
    void articleThatBridgesTwoStoriesMergesThemIntoTheOlder() {
        feed(event("flood", FLOOD, 3, "2024-03-05"));
        feed(event("dam", DAM, 3, "2024-03-05"));
        String older = storyOf.get("flood-0");
        String newer = storyOf.get("dam-0");
        assertThat(newer).isNotEqualTo(older);

        String[] both = concat(FLOOD, DAM);
        feed(List.of(article("bridge-0", "2024-03-06", both), article("bridge-1", "2024-03-06", both),
                article("bridge-2", "2024-03-06", both)));

        assertThat(seen).anySatisfy(u -> {
            assertThat(u.kind()).isEqualTo(Kind.MERGED);
            assertThat(u.storyId()).isEqualTo(newer);
            assertThat(u.otherId()).isEqualTo(older);
        });
        assertThat(storyOf.get("dam-0")).isEqualTo(older);
        assertThat(storyOf.get("bridge-2")).isEqualTo(older);
    }

    @Test
    void reprintJoinsTheStoryOfWhatItCopies() {
        feed(event("flood", FLOOD, 2, "2024-03-05"));
        feed(event("chess", CHESS, 2, "2024-03-05"));

        feed(List.of(new StreamArticle("copy", List.of("statement", "agency"), LocalDate.parse("2024-03-05"),
                "chess-1")));

        assertThat(storyOf.get("copy")).isEqualTo(storyOf.get("chess-0"));
    }

    @Test
    void reprintJoinsItsOriginalsStoryEvenWhenThatStoryIsQuiet() {
        feed(event("flood", FLOOD, 3, "2024-03-05"));

        feed(List.of(new StreamArticle("late-copy", List.of("statement"), LocalDate.parse("2024-04-20"), "flood-1")));

        assertThat(storyOf.get("late-copy")).isEqualTo(storyOf.get("flood-0"));
    }

    @Test
    void openArticlesFollowTheWindowNotTheStream() {
        StoryStream small = new StoryStream(StreamSettings.defaults().withQuietArrivals(100));
        LocalDate day = LocalDate.parse("2024-01-01");
        int most = 0;
        for (int d = 0; d < 400; d++) {
            for (int i = 0; i < 5; i++) {
                String[] words = {"event" + d + "x" + i, "place" + d + "x" + i, "storm", "town", "rescue"};
                small.add(article("a" + d + "-" + i, day.plusDays(d).toString(), words));
            }
            most = Math.max(most, small.openArticles());
        }

        assertThat(most).isLessThanOrEqualTo(100 + StoryStream.SWEEP_EVERY);
        assertThat(small.openTerms()).isLessThanOrEqualTo(3 + 2 * most);
    }

    @Test
    void closingAllEndsEveryStoryWithItsArticles() {
        feed(event("flood", FLOOD, 3, "2024-03-05"));
        feed(event("chess", CHESS, 2, null));

        List<StoryUpdate> last = stream.closeAll();

        assertThat(last).allSatisfy(u -> assertThat(u.kind()).isEqualTo(Kind.CLOSED));
        assertThat(last).flatExtracting(StoryUpdate::articleIds)
                .containsExactlyInAnyOrder("flood-0", "flood-1", "flood-2", "chess-0", "chess-1");
        assertThat(stream.openArticles()).isZero();
    }

    @Test
    void articleAlreadyInTheStreamIsRefused() {
        feed(event("flood", FLOOD, 1, "2024-03-05"));

        assertThatThrownBy(() -> stream.add(article("flood-0", "2024-03-05", FLOOD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flood-0");
    }

    private void feed(List<StreamArticle> articles) {
        for (StreamArticle a : articles) {
            for (StoryUpdate u : stream.add(a)) {
                seen.add(u);
                u.articleIds().forEach(id -> storyOf.put(id, u.storyId()));
                if (u.kind() == Kind.MERGED) {
                    storyOf.replaceAll((id, s) -> s.equals(u.storyId()) ? u.otherId() : s);
                }
            }
        }
    }

    /** {@code n} reports of one event: each leaves out a different word of it and adds one of its own. */
    private static List<StreamArticle> event(String name, String[] words, int n, String day) {
        List<StreamArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> terms = new ArrayList<>(Arrays.asList(words));
            terms.remove(i % words.length);
            terms.add(name + "-own-" + i);
            out.add(new StreamArticle(name + "-" + i, terms, day == null ? null : LocalDate.parse(day), null));
        }
        return out;
    }

    private static StreamArticle article(String id, String day, String... words) {
        return new StreamArticle(id, Arrays.asList(words), LocalDate.parse(day), null);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
