package org.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.model.Problem;
import org.storyline.nlp.CachingEmbedder;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.nlp.MiniLmEmbedder;
import org.storyline.nlp.TextAnnotator;
import org.storyline.support.AnnotatedText;
import org.storyline.support.Support;
import org.storyline.support.SupportJudge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline check-support PAIRS.jsonl}: judges, for each line {@code {"claim", "passage"[, "context"]}},
 * whether the passage states the claim, with the same judgement the brief uses to cite outlets, and prints
 * {@code {"label", "why"}} a line, in the order of the input.
 */
@Command(name = "check-support",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Judges whether each passage states its claim, as the brief does before it cites an outlet. Reads "
                + "PAIRS, one JSON object a line with \"claim\" and \"passage\" (and optionally \"context\", the "
                + "passage's paragraph and the one before it; other keys are ignored), and prints for each line, in order, "
                + "{\"label\": \"supports\"|\"partial\"|\"no\", \"why\": \"...\"}. Blank lines are skipped.",
            "A line that is not such an object is printed as {\"label\": null, \"error\": \"...\"} and reported on "
                + "stderr as 'storyline: PAIRS:LINE: check-support: REASON'.",
            ""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {" 0:every line was judged", ExitCodes.ERROR_HELP, ExitCodes.INPUT_PROBLEMS_HELP,
            ExitCodes.USAGE_HELP},
        footer = {"%nExample:", "  storyline check-support pairs.jsonl > labels.jsonl"})
public final class CheckSupportCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Embeddings kept while judging: a claim judged against many passages is embedded once. */
    private static final int EMBEDDINGS_KEPT = 10_000;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAIRS", description = "A JSON Lines file of claim/passage pairs; - for stdin.")
    private Path pairs;

    @Option(names = "--evidence", description = "Also print what each judgement was made from (names, figures, "
            + "dates and words of the claim the passage lacks, embedding similarity).")
    private boolean evidence;

    /** Creates the command. */
    public CheckSupportCommand() {
    }

    /**
     * Judges every pair and prints one line for each.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#INPUT_PROBLEMS} if some lines could not be read
     */
    @Override
    public Integer call() throws IOException {
        TextAnnotator annotator = new CoreNlpAnnotator();
        SupportJudge judge = new SupportJudge(new CachingEmbedder(new MiniLmEmbedder(), EMBEDDINGS_KEPT));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int problems = 0;
        try (BufferedReader in = open()) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> result = new LinkedHashMap<>();
                try {
                    JsonNode pair = JSON.readTree(line);
                    String claim = text(pair, "claim");
                    String passage = text(pair, "passage");
                    String context = pair.hasNonNull("context") ? text(pair, "context") : null;
                    Support s = judge.judge(AnnotatedText.of(claim, annotator), AnnotatedText.of(passage, annotator),
                            context == null ? null : AnnotatedText.of(context, annotator));
                    result.put("label", s.label().label());
                    result.put("why", s.why());
                    if (evidence) {
                        result.put("evidence", s.evidence());
                    }
                } catch (IOException | IllegalArgumentException e) {
                    problems++;
                    String reason = e instanceof IllegalArgumentException ? e.getMessage() : "not JSON: "
                            + e.getMessage().lines().findFirst().orElse("");
                    err.println(StderrLines.problem(new Problem(pairs + ":" + number, "check-support", reason)));
                    result.put("label", null);
                    result.put("error", reason);
                }
                out.println(JSON.writeValueAsString(result));
            }
        }
        out.flush();
        err.flush();
        return problems == 0 ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }

    private BufferedReader open() throws IOException {
        if (pairs.toString().equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(pairs, StandardCharsets.UTF_8);
    }

    private static String text(JsonNode pair, String key) {
        JsonNode v = pair.get(key);
        if (!pair.isObject() || v == null || !v.isTextual()) {
            throw new IllegalArgumentException("line has no text \"" + key + "\"");
        }
        return v.asText();
    }
}
