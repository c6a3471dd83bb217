package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.testing.Corpus;

class NameOpenersTest {

    private static final AnnotatedArticle A1 = Corpus.text("a1", "Inmate caught",
            "A hungry, wet and barefoot Arcade Joseph Comeaux Jr. was caught in northern Houston.");
    private static final AnnotatedArticle A2 = Corpus.text("a2", "Escape ends",
            "The escape by Arcade Joseph Comeaux Jr., a convicted rapist, ended on Tuesday.");

    private static List<String> people(AnnotatedArticle a, NameOpeners openers) {
        return new MentionFinder().find(a, openers).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(Mention::text).toList();
    }

    @Test
    void firstNameTheTaggerMissesInTwoArticlesOpensTheName() {
        NameOpeners openers = NameOpeners.of(List.of(A1, A2));
        assertThat(people(A1, openers)).containsExactly("Arcade Joseph Comeaux Jr.");
        assertThat(people(A2, openers)).containsExactly("Arcade Joseph Comeaux Jr.");
    }

    @Test
    void oneArticleIsNotEnough() {
        assertThat(people(A1, NameOpeners.of(List.of(A1)))).containsExactly("Joseph Comeaux Jr.");
    }
}
