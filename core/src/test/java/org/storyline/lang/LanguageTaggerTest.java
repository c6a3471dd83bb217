package org.storyline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.ingest.TextArticleReader;
import org.storyline.model.Article;

class LanguageTaggerTest {

    private final LanguageTagger tagger = new LanguageTagger();

    private static Article article(String language, String text) {
        Article read = new TextArticleReader().read("a", "a.txt", text);
        return new Article(read.id(), read.path(), read.source(), read.paragraphs(), read.title(), read.url(),
                read.outlet(), read.published(), language);
    }

    @Test
    void undeclaredLanguageIsDetectedFromTheBody() {
        Article tagged = tagger.tag(article(null, LanguageSamples.load().get("de").get(0)));

        assertThat(tagged.language()).isEqualTo("de");
    }

    @Test
    void detectedLanguageReplacesAWrongDeclaration() {
        Article tagged = tagger.tag(article("en", LanguageSamples.load().get("pl").get(3)));

        assertThat(tagged.language()).isEqualTo("pl");
    }

    @Test
    void declaredLanguageStaysWhenTheBodyIsTooShort() {
        Article declared = article("fr", "Photo\n12:30\n");

        assertThat(tagger.tag(declared)).isSameAs(declared);
    }

    @Test
    void articleWithoutTextKeepsNoLanguage() {
        assertThat(tagger.tag(article(null, "")).language()).isNull();
    }
}
