package org.storyline.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.storyline.model.Brief;
import org.storyline.model.Report;
import org.storyline.render.Format;
import org.storyline.render.JsonRenderer;

/** A brief in core's JSON contract ({@link Format#JSON}), as one line: an element of its {@code stories}. */
final class BriefJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BriefJson() {
    }

    static String render(Brief brief) {
        JsonRenderer renderer = (JsonRenderer) Format.JSON.renderer();
        JsonNode story = renderer.tree(new Report(List.of(brief), List.of(), Map.of())).get("stories").get(0);
        try {
            return JSON.writeValueAsString(story);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write brief " + brief.id() + " as JSON: " + e.getOriginalMessage(),
                    e);
        }
    }
}
