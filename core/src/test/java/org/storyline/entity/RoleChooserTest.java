package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleChooserTest {

    @Test
    void noTitlesGiveNoRole() {
        assertThat(RoleChooser.choose(List.of())).isNull();
    }

    @Test
    void onlyTitleIsChosen() {
        assertThat(RoleChooser.choose(List.of("NATO chief"))).isEqualTo("NATO chief");
    }

    @Test
    void mostWrittenTitleWins() {
        assertThat(RoleChooser.choose(List.of("NATO chief", "NATO Secretary General", "NATO chief")))
                .isEqualTo("NATO chief");
    }

    @Test
    void titleSharingMostWordsWinsATie() {
        assertThat(RoleChooser.choose(List.of("NATO chief", "NATO Secretary General", "Secretary General")))
                .isEqualTo("NATO Secretary General");
    }

    @Test
    void sharedWordsIgnoreCaseAndPossessives() {
        assertThat(RoleChooser.choose(List.of("NATO chief", "Nato’s secretary general", "NATO Secretary General")))
                .isEqualTo("NATO Secretary General");
    }

    @Test
    void shorterTitleWinsWhenAllElseIsEqual() {
        assertThat(RoleChooser.choose(List.of("Prime Minister", "Premier"))).isEqualTo("Premier");
    }
}
