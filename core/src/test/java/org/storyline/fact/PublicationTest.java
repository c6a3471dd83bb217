package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationTest {

    private static LocalDate of(String published) {
        return Publication.dateOf(TestArticles.clean("a", "text", published));
    }

    @Test
    void dateOrInstantGivesTheWrittenDate() {
        assertThat(of("2024-10-17")).isEqualTo(LocalDate.of(2024, 10, 17));
        assertThat(of("2024-10-17T23:30:00-04:00")).isEqualTo(LocalDate.of(2024, 10, 17));
    }

    @Test
    void missingOrUnreadableDateIsNull() {
        assertThat(of(null)).isNull();
        assertThat(of("Thu, 17 Oct 2024")).isNull();
        assertThat(of("2024-13-45")).isNull();
    }
}
