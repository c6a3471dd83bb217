package org.storyline.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.Conflict;
import org.storyline.model.Coverage;
import org.storyline.model.TimelineEvent;

/** JSON for what a brief says across the story: conflicts, timeline and coverage, each with its sources. */
final class StoryNodes {

    private StoryNodes() {
    }

    /** A conflict: what is disputed, each side as a fact, and every source of every side. */
    static ObjectNode conflict(Conflict conflict) {
        ObjectNode node = Nodes.object();
        node.put("kind", conflict.kind().label());
        node.put("subject", conflict.subject());
        node.set("sides", Nodes.array(conflict.sides(), ClaimNodes::fact));
        node.set("sources", Nodes.array(conflict.sources(), ClaimNodes::citation));
        return node;
    }

    /** A dated event. */
    static ObjectNode event(TimelineEvent event) {
        ObjectNode node = Nodes.object();
        node.put("when", event.when());
        node.put("text", event.text());
        node.set("sources", Nodes.array(event.sources(), ClaimNodes::citation));
        return node;
    }

    /** One article's coverage; {@code sources} are all citations of its two lists. */
    static ObjectNode coverage(Coverage coverage) {
        ObjectNode node = Nodes.object();
        node.put("article", coverage.article());
        node.set("only", Nodes.array(coverage.only(), ClaimNodes::sentence));
        node.set("leaves_out", Nodes.array(coverage.leavesOut(), ClaimNodes::sentence));
        List<Citation> all = new ArrayList<>();
        coverage.only().stream().map(BriefSentence::sources).forEach(all::addAll);
        coverage.leavesOut().stream().map(BriefSentence::sources).forEach(all::addAll);
        node.set("sources", Nodes.array(all.stream().distinct().toList(), ClaimNodes::citation));
        return node;
    }
}
