package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.storyline.store.StoreQueryException;

class QueryLanguageTest {

    private final QueryLanguage language = new QueryLanguage(StoreAnalyzers.create());

    @Test
    void bareWordsSearchTitleAndTextAndAreAllRequired() {
        assertThat(language.parse("levee floods").toString())
                .isEqualTo("+(title:leve text:leve) +(title:flood text:flood)");
    }

    @Test
    void namesAreNotStemmedAndDatesStayWhole() {
        assertThat(language.parse("speaker:\"Mark Rutte\"").toString()).isEqualTo("speaker:\"mark rutte\"");
        assertThat(language.parse("published:2024-10-17").toString()).isEqualTo("published:2024-10-17");
    }

    @Test
    void monthUpperBoundTakesInTheWholeMonth() {
        assertThat(language.parse("published:[2024-09 TO 2024-10]").toString())
                .isEqualTo("published:[2024-09 TO 2024-10\uffff]");
    }

    @Test
    void unknownFieldIsRefused() {
        assertThatThrownBy(() -> language.parse("author:smith")).isInstanceOf(StoreQueryException.class)
                .hasMessageStartingWith("bad query 'author:smith': unknown field 'author': use one of entity, id, kind");
    }
}
