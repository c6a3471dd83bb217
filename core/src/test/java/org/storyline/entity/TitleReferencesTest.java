package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Entity;
import org.storyline.model.Mention;
import org.storyline.testing.Corpus;

class TitleReferencesTest {

    private static final AnnotatedArticle ARTICLE = Corpus.text("titles", "Talks in Vilnius",
            "Ukrainian President Anna Berg met Secretary General Tom Lund and former Secretary General Ole Dahl "
                    + "in Vilnius on Monday.",
            "The Ukrainian president asked for more air defence. The secretary general promised to help.",
            "The Ukrainian president Anna Berg later flew home.");

    private static Map<Mention, Entity> references() {
        EntityIndex index = new EntityResolver().resolve(new MentionFinder().find(ARTICLE));
        return new TitleReferences().find(ARTICLE, index);
    }

    @Test
    void titleAloneResolvesToThePersonWhoHoldsIt() {
        Map<Mention, Entity> refs = references();
        assertThat(refs).hasSize(2);
        assertThat(refs.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey().text()).isEqualTo("The Ukrainian president");
            assertThat(e.getValue().name()).isEqualTo("Anna Berg");
        });
        assertThat(refs.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey().text()).isEqualTo("The secretary general");
            assertThat(e.getValue().name()).isEqualTo("Tom Lund");
        });
    }

    @Test
    void referencesCountAsMentionsButNotAsSpellings() {
        EntityIndex index = new EntityResolver().resolve(new MentionFinder().find(ARTICLE));
        Entity before = index.entities().stream().filter(e -> e.name().equals("Anna Berg")).findFirst().orElseThrow();
        EntityIndex after = index.withReferences(new TitleReferences().find(ARTICLE, index));
        Entity berg = after.entities().stream().filter(e -> e.name().equals("Anna Berg")).findFirst().orElseThrow();
        assertThat(berg.mentions()).isEqualTo(before.mentions() + 1);
        assertThat(berg.variants()).doesNotContain("The Ukrainian president");
    }

    @Test
    void appositiveTitleBesideTheNameIsNotASecondMention() {
        AnnotatedArticle a = Corpus.text("apposition", "Envoy speaks",
                "Anna Berg, the U.S. ambassador to NATO, spoke in Brussels on Monday.",
                "Later, the U.S. Secretary of Defense, Tom Lund, arrived in Brussels too.");
        EntityIndex index = new EntityResolver().resolve(new MentionFinder().find(a));
        assertThat(new TitleReferences().find(a, index)).isEmpty();
    }
}
