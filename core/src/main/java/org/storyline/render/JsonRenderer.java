package org.storyline.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.storyline.model.Brief;
import org.storyline.model.Problem;
import org.storyline.model.Report;

/**
 * Writes a report as pretty-printed JSON in the stable contract of {@code docs/json-contract.md}:
 * keys always in the same order, every key present, {@code null} where a value is missing,
 * enum values in lower case (entity types upper case), offsets as integers. Output uses {@code "\n"}
 * line breaks and two-space indents on every platform.
 *
 * <p>The tree is built by hand from the model, so the model records carry no Jackson annotations.
 */
public final class JsonRenderer implements ReportRenderer {

    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(prettyPrinter())
            .with(new JsonEscapes());

    /** {@inheritDoc} */
    @Override
    public String render(Report report) {
        try {
            return WRITER.writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The report as a JSON tree, for callers that embed it or send it without printing.
     *
     * @param report the report; not {@code null}
     * @return a new object with the keys {@code stories} and {@code problems}
     */
    public ObjectNode tree(Report report) {
        Objects.requireNonNull(report, "report");
        ObjectNode root = Nodes.object();
        root.set("stories", Nodes.array(report.stories(), JsonRenderer::story));
        root.set("problems", Nodes.array(report.problems(), JsonRenderer::problem));
        ObjectNode skipped = Nodes.object();
        report.skipped().forEach(skipped::put);
        root.set("skipped", skipped);
        return root;
    }

    private static ObjectNode story(Brief brief) {
        ObjectNode node = Nodes.object();
        node.put("id", brief.id());
        node.put("headline", brief.headline());
        node.set("articles", Nodes.array(brief.articles(), ArticleNodes::article));
        node.set("entities", Nodes.array(brief.entities(), ClaimNodes::entity));
        node.set("quotes", Nodes.array(brief.quotes(), ClaimNodes::quote));
        node.set("facts", Nodes.array(brief.facts(), ClaimNodes::fact));
        node.set("summary", Nodes.array(brief.summary(), ClaimNodes::sentence));
        node.set("exclusive", Nodes.array(brief.exclusive(), ClaimNodes::exclusive));
        node.set("conflicts", Nodes.array(brief.conflicts(), StoryNodes::conflict));
        node.set("timeline", Nodes.array(brief.timeline(), StoryNodes::event));
        node.set("coverage", Nodes.array(brief.coverage(), StoryNodes::coverage));
        return node;
    }

    private static ObjectNode problem(Problem problem) {
        ObjectNode node = Nodes.object();
        node.put("path", problem.path());
        node.put("stage", problem.stage());
        node.put("reason", problem.reason());
        return node;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
