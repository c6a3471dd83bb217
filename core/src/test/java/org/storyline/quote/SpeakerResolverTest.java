package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.entity.EntityIndex;
import org.storyline.entity.EntityResolver;
import org.storyline.entity.Gender;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.testing.Tagged;

class SpeakerResolverTest {

    private static final EntityIndex STORY = story(
            person("Anna Berg", "Defence Minister"), person("Berg", null),
            person("Erik Sand", "Ukrainian President"),
            person("Lars Holm", "President"), person("Kari Holm", null),
            org("NATO"), org("Harbour Union"));

    private final Discourse discourse = new Discourse();

    private static Mention person(String name, String role) {
        return new Mention("a", name, EntityType.PERSON, 0, name.length(), 0, role);
    }

    private static Mention org(String name) {
        return new Mention("a", name, EntityType.ORG, 0, name.length(), 0, null);
    }

    private static EntityIndex story(Mention... mentions) {
        List<Mention> all = new ArrayList<>();
        for (int i = 0; i < mentions.length; i++) {
            Mention m = mentions[i];
            all.add(new Mention(m.article(), m.text(), m.type(), i * 100, i * 100 + m.text().length(), i, m.role()));
        }
        return new EntityResolver().resolve(all);
    }

    /** The speaker of the noun phrase {@code text}, tagged as {@code spec}. */
    private Speaker resolve(String text, String spec) {
        return new SpeakerResolver(STORY, "quoting-article").resolve(Tagged.tokens(text, spec), text, discourse, 0);
    }

    @Test
    void surnameAloneIsTheStoryPersonWithTitleAndGender() {
        Speaker s = resolve("Berg", "Berg/NNP/_/PERSON");
        assertThat(s.name()).isEqualTo("Anna Berg");
        assertThat(s.description()).isEqualTo("Defence Minister");
        assertThat(s.person()).isTrue();
        assertThat(s.anonymous()).isFalse();
        assertThat(s.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void titleBeforeTheNameDoesNotHideThePerson() {
        assertThat(resolve("Defence Minister Anna Berg",
                "Defence/NNP Minister/NNP Anna/NNP/_/PERSON Berg/NNP/_/PERSON").name()).isEqualTo("Anna Berg");
        assertThat(resolve("the union's leader Anna Berg",
                "the/DT union/NN 's/POS leader/NN Anna/NNP/_/PERSON Berg/NNP/_/PERSON").name()).isEqualTo("Anna Berg");
    }

    @Test
    void surnameSharedByTwoPeopleOfTheStoryNamesNobody() {
        assertThat(resolve("Holm", "Holm/NNP/_/PERSON")).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void personTheStoryDoesNotKnowIsUnknown() {
        assertThat(resolve("John Doe", "John/NNP/_/PERSON Doe/NNP/_/PERSON")).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void unknownNamedPersonWithASourceNounIsNotTurnedIntoAnAnonymousSource() {
        assertThat(resolve("a diplomat John Doe", "a/DT diplomat/NN John/NNP/_/PERSON Doe/NNP/_/PERSON"))
                .isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void pronounsGoThroughTheDiscourse() {
        discourse.spoke(new SpeakerResolver(STORY, "quoting-article").named(STORY.person("Erik Sand").orElseThrow()), 0);
        assertThat(resolve("he", "he/PRP").name()).isEqualTo("Erik Sand");
        assertThat(resolve("She", "She/PRP")).isEqualTo(Speaker.UNKNOWN);
        assertThat(resolve("they", "they/PRP")).isEqualTo(Speaker.UNKNOWN);
        assertThat(resolve("it", "it/PRP")).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void unnamedSourceIsKeptAsItsDescription() {
        Speaker s = resolve("a NATO diplomat", "a/DT NATO/NNP/_/ORGANIZATION diplomat/NN");
        assertThat(s.anonymous()).isTrue();
        assertThat(s.name()).isNull();
        assertThat(s.description()).isEqualTo("a NATO diplomat");
        assertThat(s.head()).isEqualTo("diplomat");
        assertThat(s.person()).isTrue();
    }

    @Test
    void unnamedSourceAtASentenceStartIsDescribedInLowerCase() {
        assertThat(resolve("A senior NATO official", "A/DT senior/JJ NATO/NNP/_/ORGANIZATION official/NN")
                .description()).isEqualTo("a senior NATO official");
        assertThat(resolve("Two diplomats", "Two/CD diplomats/NNS").description()).isEqualTo("two diplomats");
    }

    @Test
    void definiteReferenceReusesTheLatestUnnamedSourceWithThatHead() {
        Speaker earlier = resolve("a NATO diplomat", "a/DT NATO/NNP/_/ORGANIZATION diplomat/NN");
        discourse.remember(earlier);
        assertThat(resolve("the diplomat", "the/DT diplomat/NN")).isEqualTo(earlier);
        assertThat(resolve("The diplomats", "The/DT diplomats/NNS")).isEqualTo(earlier);
    }

    @Test
    void definiteReferenceWithoutAnEarlierSourceIsANewUnnamedSource() {
        Speaker s = resolve("The spokesman", "The/DT spokesman/NN");
        assertThat(s.anonymous()).isTrue();
        assertThat(s.description()).isEqualTo("the spokesman");
    }

    @Test
    void unnamedSourceHasTheSexItsNounGivesSoTheOtherPronounSkipsIt() {
        Speaker woman = resolve("a woman", "a/DT woman/NN");
        assertThat(woman.anonymous()).isTrue();
        assertThat(woman.gender()).isEqualTo(Gender.FEMALE);
        assertThat(resolve("a neighbour", "a/DT neighbour/NN").gender()).isEqualTo(Gender.UNKNOWN);
        discourse.enterSentence(woman, 2, false);
        discourse.leaveSentence();
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(Speaker.UNKNOWN);
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(woman);
    }

    @Test
    void barePluralSourceNounIsAnUnnamedSource() {
        Speaker s = resolve("Officials", "Officials/NNS");
        assertThat(s.anonymous()).isTrue();
        assertThat(s.description()).isEqualTo("officials");
    }

    @Test
    void firstNameTheTaggerMissedAfterAKindOfPersonIsThatPersonAsWritten() {
        Speaker sister = resolve("Ms. Davis ’ s sister Crystal",
                "Ms./NNP Davis/NNP/_/PERSON ’/'' s/POS sister/NN Crystal/NN");
        assertThat(sister.name()).isEqualTo("Crystal");
        assertThat(sister.person()).isTrue();
        assertThat(sister.gender()).isEqualTo(Gender.FEMALE);
        assertThat(resolve("the company Harbour", "the/DT company/NN Harbour/NNP").known()).isFalse();
    }

    @Test
    void policeWithoutANameIsThePoliceAndACrowdIsAnUnnamedGroup() {
        for (String[] police : new String[][] {{"police", "police/NNS"}, {"The police", "The/DT police/NNS"}}) {
            Speaker s = resolve(police[0], police[1]);
            assertThat(s.name()).isEqualTo("police");
            assertThat(s.anonymous()).isFalse();
            assertThat(s.person()).isFalse();
        }
        Speaker crowd = resolve("the crowd", "the/DT crowd/NN");
        assertThat(crowd.anonymous()).isTrue();
        assertThat(crowd.description()).isEqualTo("the crowd");
        assertThat(crowd.person()).isFalse();
    }

    @Test
    void definiteTitleOfExactlyOnePersonIsThatPerson() {
        assertThat(resolve("the Ukrainian president", "the/DT Ukrainian/JJ president/NN").name())
                .isEqualTo("Erik Sand");
    }

    @Test
    void definiteTitleThatFitsTwoPeopleNamesNobody() {
        assertThat(resolve("the president", "the/DT president/NN")).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void definiteTitleWithASourceNounIsTheNamedHolder() {
        assertThat(resolve("the defence minister", "the/DT defence/NN minister/NN").name()).isEqualTo("Anna Berg");
    }

    @Test
    void organisationOfTheStoryIsANamedSpeakerButNoPerson() {
        Speaker s = resolve("NATO", "NATO/NNP/_/ORGANIZATION");
        assertThat(s.name()).isEqualTo("NATO");
        assertThat(s.person()).isFalse();
        assertThat(s.anonymous()).isFalse();
    }

    @Test
    void organisationTheStoryDoesNotKnowIsUnknown() {
        assertThat(resolve("the Red Cross", "the/DT Red/NNP/_/ORGANIZATION Cross/NNP/_/ORGANIZATION"))
                .isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void phraseNamingNoOneIsUnknown() {
        assertThat(resolve("the report", "the/DT report/NN")).isEqualTo(Speaker.UNKNOWN);
        assertThat(new SpeakerResolver(STORY, "quoting-article").resolve(List.of(), "", discourse, 0)).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void statementFromAnOrganisationIsThatOrganisation() {
        assertThat(resolve("A statement from NATO", "A/DT statement/NN from/IN NATO/NNP/_/ORGANIZATION").name())
                .isEqualTo("NATO");
    }

    @Test
    void organisationAfterModifiersIsThatOrganisation() {
        assertThat(resolve("Oslo-based Harbour Union", "Oslo-based/JJ Harbour/NNP/_/ORGANIZATION Union/NNP/_/ORGANIZATION")
                .name()).isEqualTo("Harbour Union");
        assertThat(resolve("Brussels-based NATO", "Brussels-based/JJ NATO/NNP/_/ORGANIZATION").name()).isEqualTo("NATO");
    }

    @Test
    void institutionWithAProperModifierSpeaksAsItselfButABareOneDoesNot() {
        Speaker ministry = resolve("The French foreign ministry", "The/DT French/JJ foreign/JJ ministry/NN");
        assertThat(ministry.name()).isEqualTo("French foreign ministry");
        assertThat(ministry.person()).isFalse();
        assertThat(resolve("the ministry", "the/DT ministry/NN").known()).isFalse();
    }
}
