package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.CleanArticle;
import org.storyline.model.RemovalKind;

/** {@link TextCleaner} on the five example articles of {@code corpus/nato-2024-10}. */
class TextCleanerCorpusTest {

    private static final String DIR = "/corpus/nato-2024-10/";

    private final TextCleaner cleaner = new TextCleaner();

    private CleanArticle clean(String file) {
        CleanArticle clean = cleaner.clean(TestArticles.resource(DIR + file));
        TestArticles.assertMapsBack(clean);
        TestArticles.assertAccountsForEverything(clean);
        return clean;
    }

    @Test
    void norwegianWireCopyLosesHeadingsAndHashtags() {
        CleanArticle c = clean("000_727dab1cf6a8d737.txt");
        assertThat(c.title()).isNull();
        assertThat(c.place()).isNull();
        assertThat(TestArticles.removed(c, RemovalKind.HEADING)).containsExactly(
                "Not ready", "More promises", "Norway and the Pacific region", "Norwegian arms investment");
        assertThat(TestArticles.removed(c, RemovalKind.HASHTAGS)).containsExactly("#Nato #discuss #Ukraines #peace #plan");
        assertThat(c.removed()).hasSize(5);
        assertThat(c.text()).startsWith("The Ukrainian president himself").doesNotContain("#Nato").contains(
                "defense ministers’ meeting.\n\nBut NATO is not ready");
        assertThat(c.paragraphs()).hasSize(20);
    }

    @Test
    void capitalPlaceDatelineWithoutAgency() {
        CleanArticle c = clean("001_780a206b016da81f.txt");
        assertThat(c.title()).isNull();
        assertThat(c.place()).isEqualTo("BRUSSELS");
        assertThat(c.agency()).isNull();
        assertThat(c.removed()).extracting(r -> r.text()).containsExactly("BRUSSELS — ");
        assertThat(c.text()).startsWith("NATO is set to offer financial support");
    }

    @Test
    void machineTranslatedAgencyCopyLosesDatelineHeadingsAndDebris() {
        CleanArticle c = clean("002_75e297c8c0396ea8.txt");
        assertThat(c.title()).isEqualTo("NATO boosts support for Ukraine after hearing Zelensky’s plan");
        assertThat(c.place()).isEqualTo("Brussels");
        assertThat(c.agency()).isEqualTo("EFE");
        assertThat(TestArticles.removed(c, RemovalKind.DATELINE)).containsExactly("Brussels (EFE).- ");
        assertThat(TestArticles.removed(c, RemovalKind.HEADING)).containsExactly(
                "NATO and Ukraine", "“Collectively more committed than ever before”", "today’s work session");
        assertThat(TestArticles.removed(c, RemovalKind.DEBRIS)).extracting(String::strip).containsExactly(
                "Can stop it.”", "Is.” ,", "Can.”", "Face the challenges before us.”");
        assertThat(c.text())
                .startsWith("NATO Secretary General Mark Rutte said this Friday")
                .contains("“We are significantly increasing our support for Ukraine so that it can, one, defend itself"
                        + " against Russian aggression today, and second, against Russian threats in the future,”"
                        + " Rutte said in a speech on the second and final day of the allies’ meeting."
                        + " Defense Ministers were held in Brussels.")
                .contains("our collective security,” Rutte said at a press conference late Thursday.\n\n")
                .contains("for its accession to NATO.”\n\n")
                .contains("appropriate forces and capabilities.”\n\n")
                .doesNotContain("Can.”");
    }

    @Test
    void leadPrintedTwiceAppearsOnce() {
        CleanArticle c = clean("003_0de9d4be23716e82.txt");
        assertThat(c.title()).isEqualTo("NATO considers Zelensky’s “victory plan” amid U.S. election uncertainty");
        assertThat(c.removed()).extracting(r -> r.kind()).containsExactly(RemovalKind.TITLE, RemovalKind.DUPLICATE);
        String lead = "President Volodymyr Zelensky is set to unveil";
        assertThat(c.text().indexOf(lead)).isZero();
        assertThat(c.text().indexOf(lead, 1)).isNegative();
    }

    @Test
    void aggregatorHeaderAndSyndicationCreditGo() {
        CleanArticle c = clean("004_98ceb06b7a6a85b3.txt");
        assertThat(c.title()).isEqualTo("Zelensky brings Victory Plan to Brussels, but NATO invite seems out of reach");
        assertThat(c.syndicatedFrom()).isEqualTo("The Washington Post");
        assertThat(c.agency()).isNull();
        assertThat(c.removed()).extracting(r -> r.kind())
                .containsExactly(RemovalKind.SITE_HEADER, RemovalKind.TITLE, RemovalKind.SYNDICATION);
        assertThat(TestArticles.removed(c, RemovalKind.SITE_HEADER)).singleElement().asString().endsWith("– ECCI");
        assertThat(TestArticles.removed(c, RemovalKind.SYNDICATION)).containsExactly("washingtonpost – ");
        assertThat(c.text()).startsWith("Ukrainian President Volodymyr Zelensky tried");
    }
}
