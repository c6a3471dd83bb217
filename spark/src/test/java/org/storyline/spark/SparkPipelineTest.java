package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Report;
import org.storyline.pipeline.StorylinePipeline;
import org.storyline.render.Format;

class SparkPipelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static List<String> inputs;
    private static Path output;
    private static JobResult result;

    @BeforeAll
    static void runJobOnFixtures() throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"x\", \"text\": \"fine\"}\nnot json\n");
        inputs = List.of(LocalSpark.repo("examples/nato-2024-10").toString(),
                LocalSpark.repo("core/src/test/resources/fixtures/ecbplus-piracy/story.jsonl").toString(),
                broken.toString(), dir.resolve("missing.jsonl").toString());
        output = dir.resolve("out");
        result = new SparkPipeline(LocalSpark.session()).run(JobOptions.of(inputs, output.toString()));
    }

    @Test
    void writesTheStoriesOfTheSingleMachinePipeline() throws IOException {
        Report single = StorylinePipeline.create().brief(inputs.stream().map(Path::of).toList());
        JsonNode expected = JSON.readTree(Format.JSON.renderer().render(single)).get("stories");

        List<JsonNode> briefs = lines(output.resolve("briefs.jsonl"));

        assertThat(briefs).hasSize(expected.size());
        for (int i = 0; i < briefs.size(); i++) {
            assertThat(briefs.get(i)).isEqualTo(expected.get(i));
        }
        assertThat(result.stories()).isEqualTo(expected.size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void storiesInJsonlAndParquetCarryIdHeadlineArticlesAndBrief() throws IOException {
        List<JsonNode> stories = lines(output.resolve("stories.jsonl"));
        List<Row> parquet = LocalSpark.session().read().parquet(output.resolve("stories.parquet").toString())
                .collectAsList();

        assertThat(parquet).hasSameSizeAs(stories);
        JsonNode first = stories.get(0);
        JsonNode brief = JSON.readTree(first.get("brief").asText());
        assertThat(first.get("id").asText()).startsWith("story-").isEqualTo(brief.get("id").asText());
        assertThat(first.get("headline").asText()).isEqualTo(brief.get("headline").asText());
        assertThat(first.get("articles")).hasSize(brief.get("articles").size());
        assertThat(parquet.stream().map(r -> r.getString(r.fieldIndex("id"))).toList())
                .containsExactlyInAnyOrderElementsOf(stories.stream().map(s -> s.get("id").asText()).toList());
    }

    @Test
    void unreadableInputsAreProblemsNamingTheirPathsAndTheRestGoesOn() throws IOException {
        List<JsonNode> problems = lines(output.resolve("problems.jsonl"));

        assertThat(problems).extracting(p -> p.get("path").asText())
                .anyMatch(p -> p.endsWith("broken.jsonl#2"))
                .anyMatch(p -> p.endsWith("missing.jsonl"));
        assertThat(result.problems()).isEqualTo(problems.size());
        assertThat(result.articles()).isEqualTo(5 + 11 + 1);
        assertThat(result.stageMillis()).containsOnlyKeys("ingest+clean", "annotate", "cluster", "brief", "write");
    }

    @Test
    void outputFolderThatHoldsFilesIsRefused() {
        assertThatThrownBy(() -> new SparkPipeline(LocalSpark.session())
                .run(JobOptions.of(inputs, output.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(output.toString());
    }

    /** The lines of a folder of part files, in part order. */
    static List<JsonNode> lines(Path folder) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }
}
