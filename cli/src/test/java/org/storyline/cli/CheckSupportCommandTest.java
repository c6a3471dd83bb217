package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckSupportCommandTest {

    private static final Briefer NO_BRIEF = inputs -> {
        throw new AssertionError("check-support must not brief");
    };

    @Test
    void everyLineGetsItsLabelInOrderAndABadLineIsReported(@TempDir Path dir) throws IOException {
        Path pairs = Files.writeString(dir.resolve("pairs.jsonl"), String.join("\n",
                "{\"claim\": \"The gunman fired 11 shots at the officers on Monday.\", "
                        + "\"passage\": \"On Monday the gunman fired 11 shots at the officers.\", \"id\": 7}",
                "",
                "{\"claim\": \"The gunman fired 11 shots at the officers on Monday.\"}",
                "{\"claim\": \"The gunman fired 11 shots at the officers on Monday.\", "
                        + "\"passage\": \"The gunman fired 14 shots at the officers on Monday.\"}",
                "not json"));
        CommandRun run = CommandRun.execute(NO_BRIEF, "check-support", pairs.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        List<JsonNode> lines = run.out().lines().map(CheckSupportCommandTest::json).toList();
        assertThat(lines).extracting(l -> l.get("label").isNull() ? null : l.get("label").asText())
                .containsExactly("supports", null, "no", null);
        assertThat(lines.get(1).get("error").asText()).contains("passage");
        assertThat(lines.get(2).get("why").asText()).contains("14");
        assertThat(run.err()).contains(pairs + ":3: check-support:").contains(pairs + ":5: check-support: not JSON");
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
