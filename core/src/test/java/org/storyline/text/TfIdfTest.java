package org.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfIdfTest {

    private final TfIdf tfIdf = TfIdf.fit(List.of(
            List.of("nato", "summit", "invitation"),
            List.of("nato", "summit", "ukraine"),
            List.of("nato", "missile", "strike"),
            List.of("nato", "budget")));

    @Test
    void rareTermsWeighMoreThanCommonOnes() {
        assertThat(tfIdf.idf("invitation")).isGreaterThan(tfIdf.idf("summit"));
        assertThat(tfIdf.idf("summit")).isGreaterThan(tfIdf.idf("nato"));
    }

    @Test
    void unseenTermWeighsMost() {
        assertThat(tfIdf.idf("kongsberg")).isGreaterThan(tfIdf.idf("invitation"));
    }

    @Test
    void termInEveryDocumentStillWeighs() {
        assertThat(tfIdf.idf("nato")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void repeatsInOneDocumentCountOnce() {
        TfIdf once = TfIdf.fit(List.of(List.of("nato"), List.of("summit")));
        TfIdf repeated = TfIdf.fit(List.of(List.of("nato", "nato", "nato"), List.of("summit")));
        assertThat(repeated.idf("nato")).isEqualTo(once.idf("nato"));
    }

    @Test
    void sharedRareTermMakesDocumentsCloserThanSharedCommonTerm() {
        TermVector doc = tfIdf.vector(List.of("nato", "invitation"));
        TermVector rare = tfIdf.vector(List.of("invitation", "budget"));
        TermVector common = tfIdf.vector(List.of("nato", "budget"));
        assertThat(doc.cosine(rare)).isGreaterThan(doc.cosine(common));
    }

    @Test
    void repeatedTermWeighsMoreButSublinearly() {
        TermVector once = tfIdf.vector(List.of("summit", "ukraine"));
        TermVector thrice = tfIdf.vector(List.of("summit", "summit", "summit", "ukraine"));
        TermVector summit = tfIdf.vector(List.of("summit"));
        assertThat(thrice.cosine(summit)).isGreaterThan(once.cosine(summit));
        double w = 1 + Math.log(3);
        double expected = w * tfIdf.idf("summit") / Math.hypot(w * tfIdf.idf("summit"), tfIdf.idf("ukraine"));
        assertThat(thrice.cosine(summit)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void sameTermsGiveCosineOne() {
        assertThat(tfIdf.vector(List.of("nato", "summit")).cosine(tfIdf.vector(List.of("summit", "nato"))))
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void noTermsGiveEmptyVector() {
        assertThat(tfIdf.vector(List.of()).isEmpty()).isTrue();
    }

    @Test
    void emptyCollectionWeighsAllTermsAlike() {
        TfIdf empty = TfIdf.fit(List.of());
        assertThat(empty.idf("nato")).isEqualTo(empty.idf("summit"));
        assertThat(empty.vector(List.of("nato")).isEmpty()).isFalse();
    }
}
