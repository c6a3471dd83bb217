package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NameTableTest {

    private final NameTable agencies = NameTable.load("agencies.txt");
    private final NameTable outlets = NameTable.load("outlets.txt");

    @Test
    void aliasesIgnoringCasePunctuationAndLeadingTheFindTheName() {
        assertThat(agencies.lookup("The Associated Press")).contains("AP");
        assertThat(agencies.lookup("reuters")).contains("Reuters");
        assertThat(agencies.lookup("DPA")).contains("dpa");
        assertThat(outlets.lookup("washingtonpost")).contains("The Washington Post");
        assertThat(outlets.lookup("New York Times Company")).contains("The New York Times");
    }

    @Test
    void accentsAreIgnored() {
        assertThat(outlets.lookup("El Pais")).contains("El País");
        assertThat(agencies.lookup("CTK")).contains("ČTK");
    }

    @Test
    void unknownNamesStayAsWritten() {
        assertThat(outlets.lookup("Daily Planet")).isEmpty();
        assertThat(outlets.canonical(" Daily Planet ")).isEqualTo("Daily Planet");
    }

    @Test
    void missingTableNamesTheResource() {
        assertThatThrownBy(() -> NameTable.load("nope.txt")).hasMessageContaining("nope.txt");
    }
}
