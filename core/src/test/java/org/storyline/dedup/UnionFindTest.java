package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionFindTest {

    @Test
    void chainedUnionsShareTheSmallestMemberAsRepresentative() {
        UnionFind sets = new UnionFind(5);
        sets.union(4, 3);
        sets.union(3, 1);

        assertThat(sets.find(4)).isEqualTo(1);
        assertThat(sets.find(3)).isEqualTo(1);
        assertThat(sets.find(0)).isZero();
        assertThat(sets.find(2)).isEqualTo(2);
    }
}
