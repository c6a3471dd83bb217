package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.brief.BriefComposer;
import org.storyline.clean.TextCleaner;
import org.storyline.cluster.StoryClusterer;
import org.storyline.ingest.Ingester;
import org.storyline.model.Brief;
import org.storyline.model.Report;
import org.storyline.render.JsonRenderer;
import org.storyline.testing.Corpus;

/**
 * The whole pipeline on the example corpus. The JSON brief is compared with a golden file; after an
 * intended change, regenerate it with
 * {@code mvn -pl core test -Dtest=StorylinePipelineTest -Dstoryline.golden.update=true} and review the diff.
 */
class StorylinePipelineTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/nato-2024-10");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/nato-2024-10.brief.json");

    private static StorylinePipeline pipeline() {
        return new StorylinePipeline(new Ingester(), new TextCleaner(), Corpus.annotator(), new StoryClusterer(),
                new BriefComposer());
    }

    @Test
    void exampleBriefMatchesTheGoldenFile() throws IOException {
        String json = new JsonRenderer().render(pipeline().brief(List.of(CORPUS)));
        if (Boolean.getBoolean("storyline.golden.update")) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void fiveArticlesOnOneEventAreOneStoryWithACitedSummary() {
        Report report = pipeline().brief(List.of(CORPUS));
        assertThat(report.problems()).isEmpty();
        assertThat(report.stories()).hasSize(1);
        Brief brief = report.stories().get(0);
        assertThat(brief.articles()).hasSize(5);
        assertThat(brief.summary()).hasSizeBetween(5, 10);
        assertThat(brief.summary()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
        assertThat(brief.summary().stream().filter(s -> s.sources().size() > 1)).isNotEmpty();
        assertThat(brief.headline()).isNotBlank().doesNotContain("European Centre");
    }

    @Test
    void unrelatedArticlesFormTheirOwnStory() {
        Report report = pipeline().brief(List.of(CORPUS, Path.of("src/test/resources/fixtures/second-story")));
        assertThat(report.stories()).hasSize(2);
        assertThat(report.stories().get(0).articles()).hasSize(5);
        assertThat(report.stories().get(1).articles()).extracting(a -> a.id())
                .containsExactlyInAnyOrder("benirrosa-herald", "benirrosa-wire");
    }

    @Test
    void progressTellsEachStageFromStartToEndInOrder() {
        List<String> told = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Report report = pipeline().brief(List.of(CORPUS, Path.of("src/test/resources/fixtures/second-story")),
                (stage, done, total) -> told.add(stage + " " + done + "/" + total));
        assertThat(report.stories()).hasSize(2);
        assertThat(told).startsWith("INGEST 0/0", "INGEST 7/7", "ANNOTATE 0/7")
                .endsWith("ANNOTATE 7/7", "CLUSTER 0/7", "CLUSTER 7/7", "BRIEF 0/2", "BRIEF 1/2", "BRIEF 2/2")
                .hasSize(15);
    }

    @Test
    void unreadableFileIsReportedWithItsPathAndTheRestGoOn(@TempDir Path dir) throws IOException {
        for (Path p : Files.list(CORPUS).toList()) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
        Path bad = dir.resolve("broken.txt");
        Files.write(bad, new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        Report report = pipeline().brief(List.of(dir, dir.resolve("missing.txt")));

        assertThat(report.stories()).hasSize(1);
        assertThat(report.stories().get(0).articles()).hasSize(5);
        assertThat(report.problems()).hasSize(2);
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.path()).endsWith("broken.txt");
            assertThat(p.stage()).isEqualTo("ingest");
            assertThat(p.reason()).contains("UTF-8");
        });
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.path()).endsWith("missing.txt"));
    }

    @Test
    void exactReprintIsListedAsACopyAndNotAnalysedAgain(@TempDir Path dir) throws IOException {
        for (Path p : Files.list(CORPUS).toList()) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
        Files.copy(CORPUS.resolve("004_98ceb06b7a6a85b3.txt"), dir.resolve("zz-reprint.txt"));

        Report report = pipeline().brief(List.of(dir));

        assertThat(report.stories()).hasSize(1);
        Brief brief = report.stories().get(0);
        assertThat(brief.articles()).hasSize(6);
        assertThat(brief.articles()).filteredOn(a -> a.id().equals("zz-reprint"))
                .singleElement().satisfies(a -> assertThat(a.duplicateOf()).isEqualTo("004_98ceb06b7a6a85b3"));
        assertThat(brief.quotes()).allSatisfy(q ->
                assertThat(q.sources()).noneSatisfy(s -> assertThat(s.article()).isEqualTo("zz-reprint")));
    }

    @Test
    void articleInAnotherLanguageIsMarkedAndNotReadForQuotes(@TempDir Path dir) throws IOException {
        Path german = dir.resolve("de-artikel.txt");
        Files.writeString(german, String.join("\n",
                "Nato sagt der Ukraine weitere Milliarden zu",
                "Die Verteidigungsminister der Nato haben am Donnerstag in Brüssel über neue Hilfen für die Ukraine "
                        + "beraten. „Wir werden die Ukraine so lange unterstützen wie nötig“, sagte der Generalsekretär "
                        + "nach dem Treffen.",
                "Eine Einladung zum Beitritt des Landes ist nach Angaben von Diplomaten aber noch nicht in Sicht. "
                        + "Mehrere Mitgliedstaaten lehnen einen schnellen Schritt ab, solange der Krieg andauert.",
                ""), StandardCharsets.UTF_8);

        Report report = pipeline().brief(List.of(CORPUS, german));

        CleanArticleView view = new CleanArticleView(report, "de-artikel");
        assertThat(view.language()).isEqualTo("de");
        assertThat(report.stories()).allSatisfy(b -> assertThat(b.quotes()).noneSatisfy(q ->
                assertThat(q.sources()).anySatisfy(s -> assertThat(s.article()).isEqualTo("de-artikel"))));
        assertThat(report.stories()).allSatisfy(b -> assertThat(b.summary()).noneSatisfy(x ->
                assertThat(x.sources().get(0).article()).isEqualTo("de-artikel")));
    }

    /** The language of one article of a report, wherever its story is. */
    private record CleanArticleView(Report report, String id) {
        String language() {
            return report.stories().stream().flatMap(b -> b.articles().stream()).filter(a -> a.id().equals(id))
                    .findFirst().orElseThrow().article().language();
        }
    }
}
