package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityOrderTest {

    private static Entity larue(String role, List<Citation> roleSources) {
        return new Entity("LaRue", EntityType.PERSON, List.of("LaRue"), role, List.of("a1"), 1, roleSources);
    }

    @Test
    void twoNamesakesThatDifferOnlyInTheirRoleAreListedTheSameWayWhateverTheirOrder() {
        Entity director = larue("director", List.of(new Citation("a1", 548, 556)));
        Entity plain = larue(null, List.of());
        Entity mostMentioned = new Entity("Nixon", EntityType.PERSON, List.of("Nixon"), null, List.of("a1"), 5);

        List<Entity> one = new ArrayList<>(List.of(director, plain, mostMentioned));
        List<Entity> other = new ArrayList<>(List.of(plain, mostMentioned, director));
        one.sort(Entity.MOST_MENTIONED_FIRST);
        other.sort(Entity.MOST_MENTIONED_FIRST);

        assertThat(one).containsExactly(mostMentioned, plain, director).isEqualTo(other);
    }
}
