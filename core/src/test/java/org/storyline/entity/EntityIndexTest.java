package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.entity.Mentions.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

class EntityIndexTest {

    private final EntityIndex story = new Mentions()
            .person("a1", "Mark Rutte", "NATO Secretary General")
            .person("a1", "Jens Stoltenberg", "ex-Secretary-General")
            .person("a1", "Volodymyr Zelenskyy", "Ukrainian President")
            .person("a2", "Joe Biden", "U.S. President")
            .person("a2", "Julianne Smith", "U.S. ambassador to NATO")
            .person("a2", "Bjørn Arild Gram", "Norwegian Defence Minister")
            .person("a3", "Tom Gram")
            .person("a3", "Shoigu")
            .org("a3", "NATO")
            .resolve();

    @Test
    void fullNameFindsThePerson() {
        assertThat(story.person("Mark Rutte")).contains(named(story, "Mark Rutte"));
        assertThat(story.person("Volodymyr Zelensky")).contains(named(story, "Volodymyr Zelenskyy"));
        assertThat(story.person("Bjorn Gram")).contains(named(story, "Bjørn Arild Gram"));
    }

    @Test
    void initialAndSurnameFindThePerson() {
        assertThat(story.person("J. Smith")).contains(named(story, "Julianne Smith"));
    }

    @Test
    void uniqueSurnameFindsThePerson() {
        assertThat(story.person("Rutte")).contains(named(story, "Mark Rutte"));
        assertThat(story.person("Zelenskyi")).contains(named(story, "Volodymyr Zelenskyy"));
        assertThat(story.person("Rutte's")).contains(named(story, "Mark Rutte"));
    }

    @Test
    void surnameOnlyPersonIsFoundByThatSurname() {
        assertThat(story.person("Shoigu")).contains(named(story, "Shoigu"));
    }

    @Test
    void sharedSurnameFindsNobody() {
        assertThat(story.person("Gram")).isEmpty();
    }

    @Test
    void sharedSurnameFindsThePersonTheArticleItselfNames() {
        assertThat(story.person("Gram", "a3")).contains(named(story, "Tom Gram"));
        assertThat(story.person("Gram", "a2")).contains(named(story, "Bjørn Arild Gram"));
        assertThat(story.person("Gram", "a1")).isEmpty();
        assertThat(story.person("Rutte", "a3")).contains(named(story, "Mark Rutte"));
    }

    @Test
    void unknownOrBlankNameFindsNobody() {
        assertThat(story.person("Donald Trump")).isEmpty();
        assertThat(story.person("Trump")).isEmpty();
        assertThat(story.person("Mark")).isEmpty();
        assertThat(story.person("")).isEmpty();
        assertThat(story.person("   ")).isEmpty();
    }

    @Test
    void organisationIsNotAPerson() {
        assertThat(story.person("NATO")).isEmpty();
    }

    @Test
    void titleFindsTheOnePersonHoldingIt() {
        assertThat(story.personByTitle("the Ukrainian president")).contains(named(story, "Volodymyr Zelenskyy"));
        assertThat(story.personByTitle("the U.S. ambassador")).contains(named(story, "Julianne Smith"));
        assertThat(story.personByTitle("the Norwegian defence minister")).contains(named(story, "Bjørn Arild Gram"));
    }

    @Test
    void currentHolderIsFoundAndFormerHolderIsNot() {
        assertThat(story.personByTitle("the secretary general")).contains(named(story, "Mark Rutte"));
        assertThat(story.personByTitle("the secretary-general")).contains(named(story, "Mark Rutte"));
        assertThat(story.personByTitle("the NATO chief")).isEmpty();
    }

    @Test
    void formerTitleFindsFormerHolder() {
        EntityIndex index = new Mentions().person("a1", "Mark Rutte", "NATO Secretary General")
                .person("a1", "Jens Stoltenberg", "former NATO Secretary General").resolve();
        assertThat(index.personByTitle("the former secretary general")).contains(named(index, "Jens Stoltenberg"));
        assertThat(index.personByTitle("the secretary general")).contains(named(index, "Mark Rutte"));
    }

    @Test
    void formerTitleFindsHolderWrittenWithEx() {
        assertThat(story.personByTitle("the former secretary general")).contains(named(story, "Jens Stoltenberg"));
    }

    @Test
    void titleHeldBySeveralFindsNobody() {
        EntityIndex index = new Mentions().person("a1", "Joe Biden", "U.S. President")
                .person("a1", "Volodymyr Zelenskyy", "Ukrainian President").resolve();
        assertThat(index.personByTitle("the president")).isEmpty();
    }

    @Test
    void titleHeldBySeveralOfTheStoryMeansTheOneTheArticleNames() {
        EntityIndex index = new Mentions().person("a1", "Joe Biden", "U.S. President")
                .person("a2", "Volodymyr Zelenskyy", "Ukrainian President").resolve();
        assertThat(index.personByTitle("the president", "a2")).contains(named(index, "Volodymyr Zelenskyy"));
        assertThat(index.personByTitle("the president", "a3")).isEmpty();
        assertThat(index.personByTitle("the president")).isEmpty();
    }

    @Test
    void descriptionWithoutRoleWordFindsNobody() {
        assertThat(story.personByTitle("the Ukrainian")).isEmpty();
        assertThat(story.personByTitle("the")).isEmpty();
        assertThat(story.personByTitle("")).isEmpty();
        assertThat(story.personByTitle("the former")).isEmpty();
    }

    @Test
    void rolesListsEveryTitleOnce() {
        EntityIndex index = new Mentions().person("a1", "Mark Rutte", "NATO chief")
                .person("a2", "Rutte", "NATO Secretary General").person("a3", "Mark Rutte", "NATO chief").resolve();
        assertThat(index.roles(named(index, "Mark Rutte"))).containsExactly("NATO chief", "NATO Secretary General");
    }

    @Test
    void rolesOfUnknownEntityAreEmpty() {
        Entity stranger = new Entity("Nobody", EntityType.PERSON, List.of("Nobody"), null,
                List.of("a9"), 1);
        assertThat(story.roles(stranger)).isEmpty();
    }

    @Test
    void genderComesFromFirstName() {
        assertThat(story.gender(named(story, "Julianne Smith"))).isEqualTo(Gender.FEMALE);
        assertThat(story.gender(named(story, "Mark Rutte"))).isEqualTo(Gender.MALE);
        assertThat(story.gender(named(story, "Bjørn Arild Gram"))).isEqualTo(Gender.MALE);
    }

    @Test
    void genderOfSurnameOnlyPersonIsUnknown() {
        assertThat(story.gender(named(story, "Shoigu"))).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void genderSkipsVariantsWithInitials() {
        EntityIndex index = new Mentions().person("a1", "J. Smith").person("a1", "J. Smith")
                .person("a2", "Julianne Smith").resolve();
        assertThat(index.gender(index.entities().get(0))).isEqualTo(Gender.FEMALE);
    }

    @Test
    void entityOfUnknownMentionIsEmpty() {
        Mention other = new Mention("a9", "Mark Rutte", EntityType.PERSON, 0, 10, 0, null);
        assertThat(story.entityOf(other)).isEmpty();
    }
}
