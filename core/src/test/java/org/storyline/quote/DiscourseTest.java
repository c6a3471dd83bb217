package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.entity.Gender;

class DiscourseTest {

    private static final Speaker ANNA = Speaker.named("Anna Berg", "minister", true, Gender.FEMALE);
    private static final Speaker ERIK = Speaker.named("Erik Sand", null, true, Gender.MALE);
    private static final Speaker OLE = Speaker.named("Ole Dahl", null, true, Gender.MALE);
    private static final Speaker ALEX = Speaker.named("Alex Kim", null, true, Gender.UNKNOWN);
    private static final Speaker UNION = Speaker.named("Harbour Union", null, false, Gender.UNKNOWN);

    private final Discourse discourse = new Discourse();

    /** One whole sentence whose subject is {@code subject}. */
    private void sentence(Speaker subject) {
        discourse.enterSentence(subject, 2, false);
        discourse.leaveSentence();
    }

    @Test
    void nothingSaidYetResolvesNoPronoun() {
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(Speaker.UNKNOWN);
        assertThat(discourse.lastSpeaker()).isEqualTo(Speaker.UNKNOWN);
        assertThat(discourse.lastSpeakerParagraph()).isEqualTo(-1);
    }

    @Test
    void currentSubjectBeforeThePronounWinsOverThePreviousSubject() {
        sentence(ERIK);
        discourse.enterSentence(OLE, 2, false);
        assertThat(discourse.antecedent(Gender.MALE, 5)).isEqualTo(OLE);
    }

    @Test
    void currentSubjectAfterThePronounIsNotItsAntecedent() {
        sentence(ERIK);
        discourse.enterSentence(OLE, 6, false);
        assertThat(discourse.antecedent(Gender.MALE, 3)).isEqualTo(ERIK);
    }

    @Test
    void previousSubjectIsTheAntecedentInTheNextSentence() {
        sentence(ANNA);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(ANNA);
    }

    @Test
    void pronounSkipsCandidatesOfTheOtherGender() {
        discourse.spoke(ANNA, 0);
        sentence(ERIK);
        discourse.enterSentence(OLE, 1, false);
        assertThat(discourse.antecedent(Gender.FEMALE, 4)).isEqualTo(ANNA);
        assertThat(discourse.antecedent(Gender.MALE, 4)).isEqualTo(OLE);
    }

    @Test
    void noCandidateOfTheRightGenderMeansNoAntecedent() {
        discourse.spoke(ERIK, 0);
        sentence(OLE);
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void personOfUnknownGenderFitsEitherPronoun() {
        sentence(ALEX);
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(ALEX);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(ALEX);
    }

    @Test
    void lastSpeakerIsTheFallback() {
        discourse.spoke(ERIK, 3);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(ERIK);
        assertThat(discourse.lastSpeaker()).isEqualTo(ERIK);
        assertThat(discourse.lastSpeakerParagraph()).isEqualTo(3);
    }

    @Test
    void organisationIsNeverAPronounsAntecedentNorReplacesThePreviousPerson() {
        sentence(ANNA);
        discourse.enterSentence(UNION, 1, false);
        assertThat(discourse.antecedent(Gender.FEMALE, 4)).isEqualTo(ANNA);
        discourse.leaveSentence();
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(ANNA);
    }

    @Test
    void sentenceWithoutAKnownSubjectKeepsThePreviousSubject() {
        sentence(ERIK);
        sentence(Speaker.UNKNOWN);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(ERIK);
    }

    @Test
    void unknownSpeakerDoesNotReplaceTheLastSpeaker() {
        discourse.spoke(ANNA, 1);
        discourse.spoke(Speaker.UNKNOWN, 2);
        assertThat(discourse.lastSpeaker()).isEqualTo(ANNA);
        assertThat(discourse.lastSpeakerParagraph()).isEqualTo(1);
    }

    @Test
    void anonymousWithHeadPicksTheLatestSourceWithThatHead() {
        Speaker first = Speaker.anonymous("a NATO diplomat", "diplomat");
        Speaker official = Speaker.anonymous("a senior official", "official");
        Speaker second = Speaker.anonymous("another diplomat", "diplomat");
        discourse.remember(first);
        discourse.spoke(official, 0);
        discourse.remember(second);
        assertThat(discourse.anonymousWithHead("diplomat")).contains(second);
        assertThat(discourse.anonymousWithHead("official")).contains(official);
        assertThat(discourse.anonymousWithHead("spokesman")).isEmpty();
    }

    @Test
    void anonymousWithHeadMatchesSingularAndPlural() {
        Speaker sources = Speaker.anonymous("sources close to the talks", "sources");
        discourse.remember(sources);
        assertThat(discourse.anonymousWithHead("source")).contains(sources);
        assertThat(discourse.anonymousWithHead("sources")).contains(sources);
    }

    @Test
    void namedSpeakersAreNotRememberedAsAnonymousSources() {
        discourse.remember(Speaker.named("Anna Berg", "diplomat", true, Gender.FEMALE));
        discourse.spoke(Speaker.named("Erik Sand", "diplomat", true, Gender.MALE), 0);
        assertThat(discourse.anonymousWithHead("diplomat")).isEmpty();
    }

    /** {@code people} as named at token 3, 6, 9 ... of a sentence. */
    private static java.util.List<SpeakerResolver.Mentioned> named(Speaker... people) {
        java.util.List<SpeakerResolver.Mentioned> out = new java.util.ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            out.add(new SpeakerResolver.Mentioned(people[i], 3 * (i + 1)));
        }
        return out;
    }

    @Test
    void pronounAfterSomeoneNamedEarlierInItsSentenceIsNotResolved() {
        discourse.enterSentence(ANNA, 2, false);
        discourse.leaveSentence();
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        discourse.mentioned(named(ERIK), -1);
        assertThat(discourse.antecedent(Gender.FEMALE, 8)).isEqualTo(ANNA);
        assertThat(discourse.antecedent(Gender.MALE, 8)).isEqualTo(Speaker.UNKNOWN);
        assertThat(discourse.antecedent(Gender.MALE, 1)).isNotEqualTo(ERIK);
    }

    @Test
    void pronounInAMainClauseMeansTheSubjectOfTheClauseBeforeIt() {
        sentence(OLE);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        discourse.mentioned(named(ERIK, OLE), 3);
        assertThat(discourse.antecedent(Gender.MALE, 8)).isEqualTo(ERIK);
        discourse.mentioned(named(ERIK, OLE), -1);
        assertThat(discourse.antecedent(Gender.MALE, 8)).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void pronounNoOtherCandidateFitsMeansTheOnePersonOfItsGenderNamedInTheLastTwoSentences() {
        discourse.enterSentence(ANNA, 2, false);
        discourse.mentioned(named(ANNA, ERIK), -1);
        discourse.leaveSentence();
        sentence(ANNA);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(ERIK);
        discourse.leaveSentence();
        sentence(ANNA);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void pronounFindsNoOneInTheLastSentencesWhenSeveralCouldBeMeant() {
        discourse.enterSentence(ANNA, 2, false);
        discourse.mentioned(named(ANNA, ERIK, ALEX), -1);
        discourse.leaveSentence();
        sentence(ANNA);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(Speaker.UNKNOWN);
    }

    /** A sentence whose subject is a thing ({@code The move}) and that names {@code people}. */
    private void sentenceAbout(Speaker... people) {
        discourse.enterSentence(Speaker.UNKNOWN, 2, false);
        discourse.unresolvedSubject();
        discourse.mentioned(named(people), -1);
        discourse.leaveSentence();
    }

    @Test
    void personNamedInASentenceAboutSomethingElseIsTheNextPronounsAntecedent() {
        sentence(ANNA);
        sentenceAbout(ERIK);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(ERIK);
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(ANNA);
    }

    @Test
    void twoPeopleOfTheSameGenderNamedInPassingLeaveThePronounUnresolved() {
        sentence(OLE);
        sentenceAbout(ERIK, OLE);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void personOfUnknownGenderNamedInPassingLeavesThePronounUnresolved() {
        sentence(ERIK);
        sentenceAbout(ALEX);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(Speaker.UNKNOWN);
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void personOfTheRightGenderWhoWasTheSubjectBeforeWinsOverOneOfUnknownGenderNamedInPassing() {
        sentence(ANNA);
        sentenceAbout(ANNA, ALEX);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(ANNA);
    }

    @Test
    void personOfTheRightGenderNamedInPassingBesideOneOfUnknownGenderIsNotChosenAlone() {
        sentence(ERIK);
        sentenceAbout(ANNA, ALEX);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void personNamedBesideAPersonSubjectComesAfterTheSubject() {
        discourse.enterSentence(ANNA, 2, false);
        discourse.mentioned(named(ANNA, ERIK), -1);
        discourse.leaveSentence();
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(ANNA);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(ERIK);
    }

    @Test
    void pluralUnnamedSourceIsNoAntecedentOfHeOrShe() {
        Speaker officials = Speaker.anonymous("officials", "officials", true);
        discourse.spoke(officials, 0);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.FEMALE, 0)).isEqualTo(Speaker.UNKNOWN);
        assertThat(officials.known()).isTrue();
    }

    @Test
    void itAndTheyReferToAnOrganisationSubjectNeverToAPerson() {
        sentence(UNION);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.group(0)).isEqualTo(UNION);
        discourse.leaveSentence();
        sentence(ANNA);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.group(0)).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void personNamedInASentenceWhoseSubjectIsNotFoundOutranksAnOlderSubject() {
        sentence(OLE);
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        discourse.mentioned(named(ERIK), -1);
        discourse.leaveSentence();
        discourse.enterSentence(Speaker.UNKNOWN, -1, false);
        assertThat(discourse.antecedent(Gender.MALE, 0)).isEqualTo(ERIK);
    }
}
