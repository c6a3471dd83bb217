package org.storyline.bench.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.OffsetMap;
import org.storyline.model.SourceText;
import org.storyline.model.Story;
import org.storyline.pipeline.Copies;

class EntityBriefsTest {

    private static final String TEXT = "Tara Reid checked into rehab. Reid said nothing.";

    private static CleanArticle clean(String id) {
        Article a = new Article(id, id + ".txt", TEXT, List.of(), "Reid in rehab", null, null, null, "en");
        return new CleanArticle(a, "Reid in rehab", null, null, null, TEXT, OffsetMap.verbatim(0, TEXT.length()),
                List.of(), List.of());
    }

    private final Entity reid = new Entity("Tara Reid", EntityType.PERSON, List.of("Tara Reid", "Reid"), "actress",
            List.of("a1"), 2, List.of(), List.of(new SourceText("a1", 0, 9, "Tara Reid"),
            new SourceText("a1", 30, 34, "Reid")));

    private JsonNode written(Path dir, Copies copies) throws IOException {
        Story story = new Story("s1", List.of(new AnnotatedArticle(clean("a1"), List.of())));
        Path out = dir.resolve("brief.json");
        EntityBriefs.write(List.of(EntityBriefs.of(story, List.of(reid), copies)), out);
        return new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void writesTheStoryArticlesAndEntitiesTheScorerReads(@TempDir Path dir) throws IOException {
        JsonNode story = written(dir, new Copies(List.of(), List.of())).get("stories").get(0);

        assertThat(story.get("id").asText()).isEqualTo("s1");
        assertThat(story.get("articles")).hasSize(1);
        assertThat(story.get("articles").get(0).get("id").asText()).isEqualTo("a1");
        JsonNode entity = story.get("entities").get(0);
        assertThat(entity.get("name").asText()).isEqualTo("Tara Reid");
        assertThat(entity.get("type").asText()).isEqualTo("PERSON");
        assertThat(entity.get("variants")).extracting(JsonNode::asText).containsExactly("Tara Reid", "Reid");
        assertThat(entity.get("role").asText()).isEqualTo("actress");
        assertThat(entity.get("articles")).extracting(JsonNode::asText).containsExactly("a1");
        assertThat(entity.get("mentions").asInt()).isEqualTo(2);
        JsonNode span = entity.get("spans").get(1);
        assertThat(List.of(span.get("article").asText(), span.get("start").asInt(), span.get("end").asInt(),
                span.get("text").asText())).containsExactly("a1", 30, 34, "Reid");
        assertThat(TEXT.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo("Reid");
    }

    @Test
    void exactCopyIsListedInItsOriginalsStory(@TempDir Path dir) throws IOException {
        Copies copies = new Copies(List.of(clean("a1")), List.of(clean("a2").withDuplicateOf("a1")));

        JsonNode articles = written(dir, copies).get("stories").get(0).get("articles");

        assertThat(articles).extracting(a -> a.get("id").asText()).containsExactly("a1", "a2");
        assertThat(articles.get(1).get("duplicate_of").asText()).isEqualTo("a1");
    }
}
