package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicationDateTest {

    @Test
    void isoDateAndUtcInstantStayAsTheyAre() {
        assertThat(PublicationDate.normalise("2024-10-17")).isEqualTo("2024-10-17");
        assertThat(PublicationDate.normalise("2024-10-17T07:30:00Z")).isEqualTo("2024-10-17T07:30Z");
    }

    @Test
    void instantWithAnOffsetBecomesUtc() {
        assertThat(PublicationDate.normalise("2024-10-17T09:30:00+02:00")).isEqualTo("2024-10-17T07:30Z");
        assertThat(PublicationDate.normalise("Thu, 17 Oct 2024 07:30:00 GMT")).isEqualTo("2024-10-17T07:30Z");
    }

    @Test
    void printedDatesWithLabelsWeekdaysAndLocalTimesBecomeCalendarDates() {
        assertThat(PublicationDate.normalise("November 12, 2011")).isEqualTo("2011-11-12");
        assertThat(PublicationDate.normalise("Updated: November 11, 2011 20: 09 IST")).isEqualTo("2011-11-11");
        assertThat(PublicationDate.normalise("Published on: Fri, 11 Nov 2011 at 09: 56 IST")).isEqualTo("2011-11-11");
        assertThat(PublicationDate.normalise("Sat Nov 12 2011, 01: 19 hrs")).isEqualTo("2011-11-12");
        assertThat(PublicationDate.normalise("TNN Nov 12, 2011, 05. 51AM IST")).isEqualTo("2011-11-12");
        assertThat(PublicationDate.normalise("17th of October 2024")).isEqualTo("2024-10-17");
    }

    @Test
    void textWithoutADateGivesNull() {
        assertThat(PublicationDate.normalise("last Friday")).isNull();
        assertThat(PublicationDate.normalise("February 30, 2024")).isNull();
        assertThat(PublicationDate.normalise(" ")).isNull();
        assertThat(PublicationDate.normalise(null)).isNull();
    }
}
