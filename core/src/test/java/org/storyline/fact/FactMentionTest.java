package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.storyline.model.Citation;
import org.storyline.model.FactKind;

class FactMentionTest {

    @Test
    void articleComesFromCitation() {
        FactMention m = new FactMention(FactKind.PERCENT, "2%", "2 percent", null, new Citation("x", 4, 13), 4, 13);
        assertThat(m.article()).isEqualTo("x");
    }

    @Test
    void invertedCleanRangeIsRejectedWithItsValue() {
        assertThatThrownBy(() -> new FactMention(FactKind.PERCENT, "2%", "2%", null, new Citation("x", 0, 2), 5, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[5, 3)").hasMessageContaining("2%").hasMessageContaining("x");
    }
}
