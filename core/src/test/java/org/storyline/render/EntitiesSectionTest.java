package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.storyline.model.Brief;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;

class EntitiesSectionTest {

    @Test
    void peopleOrganisationsAndPlacesAreListedWithRoleAndOtherSpellings() {
        String entities = Fixtures.section(new EntitiesSection(), Fixtures.brief());

        assertThat(entities).contains(
                "### People\n\n- **Mark Rutte** (NATO Secretary General) — also: Rutte — 3 mentions in 2 of 3 articles\n",
                "### Organisations\n\n- **NATO** — 4 mentions in 3 of 3 articles\n",
                "### Places\n\n- **Brussels** — 1 mention in 1 of 3 articles\n");
        assertThat(entities).doesNotContain("Victory Plan");
    }

    @Test
    void onlyTheTopEntitiesOfEachTypeAreListed() {
        List<Entity> many = IntStream.range(0, EntitiesSection.PER_TYPE + 5)
                .mapToObj(i -> new Entity("Person " + i, EntityType.PERSON, List.of(), null, List.of(), 1)).toList();
        Brief brief = new Brief("s", "h", List.of(), many, List.of(), List.of(), List.of(), List.of());

        String entities = Fixtures.section(new EntitiesSection(), brief);

        assertThat(entities.lines().filter(l -> l.startsWith("- "))).hasSize(EntitiesSection.PER_TYPE);
        assertThat(entities).contains("**Person 0**").doesNotContain("**Person " + EntitiesSection.PER_TYPE + "**");
    }
}
