package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Sentence;
import org.storyline.model.Token;
import org.storyline.testing.Corpus;

class RoleFinderTest {

    private static final AnnotatedArticle ARTICLE = Corpus.text("roles", "Allies meet in Brussels",
            "NATO Secretary General Mark Rutte said the alliance would stand firm.",
            "Julianne Smith, the U.S. ambassador to NATO, said no invitation was planned.",
            "Earlier, the U.S. Secretary of Defense, Lloyd Austin, arrived in Brussels.",
            "Lithuanian Defense Minister Laurynas Kasciunas said more was needed.",
            "Antony Blinken said on Monday that he would meet them.",
            "After meeting the prime minister, Joe Biden said she was right.",
            "Former Secretary-General Jens Stoltenberg spoke with Ukraine's President Volodymyr Zelenskyy.",
            "Russia's Vladimir Putin did not comment.",
            "The talks went well, said Bridget Brink, the U.S. ambassador to Ukraine.",
            "Kamala Harris, the U.S. vice president, said the talks went well.");

    /** The title RoleFinder gives the first occurrence of {@code name} (its words as tokens). */
    private static String roleOf(String name) {
        String[] words = name.split(" ");
        for (Sentence s : ARTICLE.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + words.length <= tokens.size(); i++) {
                boolean hit = true;
                for (int k = 0; k < words.length && hit; k++) {
                    hit = tokens.get(i + k).text().equals(words[k]);
                }
                if (hit) {
                    org.storyline.model.Span role = RoleFinder.roleOf(tokens, i, i + words.length, ARTICLE.text());
                    return role == null ? null : role.of(ARTICLE.text());
                }
            }
        }
        throw new AssertionError("no " + name + " in " + ARTICLE.text());
    }

    @Test
    void titleBeforeNameIsFound() {
        assertThat(roleOf("Mark Rutte")).isEqualTo("NATO Secretary General");
        assertThat(roleOf("Laurynas Kasciunas")).isEqualTo("Lithuanian Defense Minister");
    }

    @Test
    void formerTitleKeepsItsModifier() {
        assertThat(roleOf("Jens Stoltenberg")).isEqualTo("Former Secretary-General");
    }

    @Test
    void possessiveCountryIsPartOfTheTitle() {
        assertThat(roleOf("Volodymyr Zelenskyy")).isEqualTo("Ukraine's President");
    }

    @Test
    void appositiveAfterNameIsFound() {
        assertThat(roleOf("Julianne Smith")).isEqualTo("U.S. ambassador to NATO");
    }

    @Test
    void titleInCommasBeforeNameIsFound() {
        assertThat(roleOf("Lloyd Austin")).isEqualTo("U.S. Secretary of Defense");
    }

    @Test
    void nameWithoutTitleHasNoRole() {
        assertThat(roleOf("Antony Blinken")).isNull();
    }

    @Test
    void countryWithoutRoleWordIsNoTitle() {
        assertThat(roleOf("Vladimir Putin")).isNull();
    }

    @Test
    void titleOfSomeoneElseInPrecedingClauseIsNotTaken() {
        assertThat(roleOf("Joe Biden")).isNull();
    }

    @Test
    void appositiveAtSentenceEndIsFound() {
        assertThat(roleOf("Bridget Brink")).isEqualTo("U.S. ambassador to Ukraine");
    }

    @Test
    void lowerCaseModifierIsPartOfTheTitle() {
        assertThat(roleOf("Kamala Harris")).isEqualTo("U.S. vice president");
    }

    @Test
    void roleWordsAreRecognisedWithoutModifiers() {
        assertThat(RoleFinder.isRoleWord("president")).isTrue();
        assertThat(RoleFinder.isRoleWord("secretary-general")).isTrue();
        assertThat(RoleFinder.isRoleWord("ex-president")).isTrue();
        assertThat(RoleFinder.isRoleWord("former")).isFalse();
        assertThat(RoleFinder.isRoleWord("prime")).isFalse();
        assertThat(RoleFinder.isRoleWord("deputy")).isFalse();
        assertThat(RoleFinder.isRoleWord("alliance")).isFalse();
    }
}
