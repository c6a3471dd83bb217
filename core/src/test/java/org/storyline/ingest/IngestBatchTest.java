package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Problem;

class IngestBatchTest {

    private static Article article(String id, String path, String text) {
        return new TextArticleReader().read(id, path, text);
    }

    @Test
    void firstArticleWithAnIdWinsAndTheSecondIsAProblem() {
        IngestBatch batch = new IngestBatch();
        batch.add(article("a", "one/a.txt", "First."));
        batch.add(article("a", "two/a.html", "Second."));

        Ingested result = batch.result();

        assertThat(result.articles()).extracting(Article::path).containsExactly("one/a.txt");
        assertThat(result.problems()).containsExactly(
                new Problem("two/a.html", "ingest", "duplicate id 'a' (first read from one/a.txt)"));
    }

    @Test
    void publicationDateIsReadAsIsoAndAnUnnamedOutletIsTheHostOfTheAddress() {
        Article read = article("a", "a.jsonl#1", "First.");
        IngestBatch batch = new IngestBatch();
        batch.add(new Article("a", read.path(), read.source(), read.paragraphs(), null,
                "https://www.example-news.com/2011/11/story.html", null, "Updated: November 11, 2011 20: 09 IST", null));

        Article added = batch.result().articles().get(0);

        assertThat(added.published()).isEqualTo("2011-11-11");
        assertThat(added.outlet()).isEqualTo("example-news.com");
    }

    @Test
    void namedOutletIsKeptAndAnAddressThatIsNoWebAddressGivesNoOutlet() {
        assertThat(IngestBatch.host("javascript:alert(1)")).isNull();
        assertThat(IngestBatch.host("not a url")).isNull();
        Article read = article("a", "a.html", "First.");
        IngestBatch batch = new IngestBatch();
        batch.add(new Article("a", read.path(), read.source(), read.paragraphs(), null, "https://www.x.com/a",
                "The X Times", null, null));
        assertThat(batch.result().articles().get(0).outlet()).isEqualTo("The X Times");
    }

    @Test
    void articleWithoutParagraphsIsAProblem() {
        IngestBatch batch = new IngestBatch();
        batch.add(article("a", "a.txt", "  \n"));

        assertThat(batch.result().articles()).isEmpty();
        assertThat(batch.result().problems()).extracting(Problem::reason)
                .containsExactly("no paragraphs found (no text to ingest)");
    }

    @Test
    void addAllAppliesTheRulesToOtherResults() {
        IngestBatch batch = new IngestBatch();
        batch.add(article("a", "a.txt", "A."));
        batch.addAll(new Ingested(List.of(article("a", "f.jsonl#1", "Again."), article("b", "f.jsonl#2", "B.")),
                List.of(new Problem("f.jsonl#3", "ingest", "line 3: bad"))));

        Ingested result = batch.result();

        assertThat(result.articles()).extracting(Article::id).containsExactly("a", "b");
        assertThat(result.problems()).extracting(Problem::path).containsExactly("f.jsonl#1", "f.jsonl#3");
    }
}
