package org.storyline.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.nlp.MiniLmEmbedder;
import org.storyline.nlp.TextAnnotator;

class SupportJudgeTest {

    private static final TextAnnotator ANNOTATOR = new CoreNlpAnnotator();
    private static SupportJudge judge;

    @BeforeAll
    static void load() {
        judge = new SupportJudge(new MiniLmEmbedder());
    }

    private static Support judge(String claim, String passage) {
        return judge(claim, passage, null);
    }

    private static Support judge(String claim, String passage, String context) {
        return judge.judge(AnnotatedText.of(claim, ANNOTATOR), AnnotatedText.of(passage, ANNOTATOR),
                context == null ? null : AnnotatedText.of(context, ANNOTATOR));
    }

    @Test
    void passageInOtherWordsWithTheSameFiguresAndDateSupports() {
        Support s = judge("The gunman fired 11 shots at the officers on Monday, police said.",
                "On Monday the gunman fired 11 shots at two officers.");
        assertThat(s.label()).isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void anotherFigureForTheSameThingContradictsTheClaim() {
        Support s = judge("The gunman fired 11 shots at the officers on Monday.",
                "The gunman fired 14 shots at the officers on Monday.");
        assertThat(s.label()).isEqualTo(SupportLabel.NO);
        assertThat(s.why()).contains("14 shots");
    }

    @Test
    void figureTheClaimAlsoGivesIsNoContradiction() {
        Support s = judge("The Nationals bid for eight years and the Orioles for seven years.",
                "The Orioles made an offer for seven years.");
        assertThat(s.label()).isNotEqualTo(SupportLabel.NO);
        assertThat(s.evidence().conflicts()).isEmpty();
    }

    @Test
    void passageWithoutTheClaimsDateIsOnlyPartial() {
        Support s = judge("The mayor resigned on Friday after the vote.", "The mayor resigned after the vote.");
        assertThat(s.label()).isEqualTo(SupportLabel.PARTIAL);
        assertThat(s.why()).contains("dates");
    }

    @Test
    void passageOnAnotherFactOfTheSameStoryDoesNotSupport() {
        Support s = judge("The council approved the new budget of the harbour on Tuesday.",
                "Dock workers in the harbour went on strike on Tuesday over pay.");
        assertThat(s.label()).isNotEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void fragmentOfABrokenSentenceIsNoSupport() {
        Support s = judge("Police found a loaded .38-caliber revolver in the car.", "A loaded.");
        assertThat(s.label()).isEqualTo(SupportLabel.NO);
        assertThat(s.why()).contains("fragment");
    }

    @Test
    void reportingClauseAloneIsNoSupport() {
        Support s = judge("The coach said the team would win the title.", "Interim coach Peter Holm said.");
        assertThat(s.label()).isEqualTo(SupportLabel.NO);
    }

    @Test
    void sentenceEndingInAVerbOfSayingIsNoFragment() {
        String claim = "Financial details of the acquisition were not disclosed.";
        assertThat(judge(claim, claim).label()).isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void everySentenceStatesItself() {
        String claim = "What do you think about Ross returning (or possibly not) for the sequel?";
        assertThat(judge(claim, claim).label()).isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void outletThatReportedTheClaimNeedNotBeRepeated() {
        Support s = judge("The mayor of Leeds resigned on Friday, the Evening Post reported.",
                "The mayor of Leeds resigned on Friday.");
        assertThat(s.label()).isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void pronounStandsForTheNameItsParagraphGives() {
        String claim = "Frederick LaRue was 75 years old.";
        assertThat(judge(claim, "He was 75 years old.").label()).isNotEqualTo(SupportLabel.SUPPORTS);
        assertThat(judge(claim, "He was 75 years old.", "LaRue died on Saturday in Biloxi. He was 75 years old.")
                .label()).isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void negatedVerbInThePassageDoesNotSupportTheAffirmedClaim() {
        Support s = judge("The company confirmed the merger with its rival.",
                "The company did not confirm the merger with its rival.");
        assertThat(s.label()).isNotEqualTo(SupportLabel.SUPPORTS);
        assertThat(s.why()).contains("negation");
    }

    @Test
    void synonymsFromWordNetCountAsTheClaimsWords() {
        assertThat(judge("Rioters hurled stones.", "Rioters threw stones.").label()).isEqualTo(SupportLabel.SUPPORTS);
        assertThat(judge("The firm purchased the startup.", "The firm bought the startup.").label())
                .isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void passageWithoutTheFigureOfAClosingParticipialPhraseIsOnlyPartial() {
        Support s = judge("The firm sold the plant for $40 million, including $12 million in stock.",
                "The firm sold the plant for $40 million.");
        assertThat(s.label()).isEqualTo(SupportLabel.PARTIAL);
        assertThat(s.why()).contains("12000000");
    }

    @Test
    void percentWrittenAsTwoWordsAndAHyphenatedCompoundAreTheSameWords() {
        Support s = judge("The studio will pay the director ten per cent on the back end.",
                "The director will be paid 10 percent on the back-end by the studio.");
        assertThat(s.label()).isEqualTo(SupportLabel.SUPPORTS);
        assertThat(judge("The two countries signed a free-trade pact.",
                "The two countries signed a pact on free trade.").label()).isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void acronymStandsForTheWordsItsLettersBegin() {
        assertThat(judge("The actor was arrested on suspicion of DUI.",
                "The actor was arrested on suspicion of driving under the influence.").label())
                .isEqualTo(SupportLabel.SUPPORTS);
        assertThat(judge("Police suspect DUI.", "Police suspect drug use.").label())
                .isNotEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void properNounsWithoutAnEntityTypeAreMetByAnyOfTheirWordsAsANameIs() {
        assertThat(judge("She earned a Primetime Emmy nomination.", "She earned an Emmy nomination.").label())
                .isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void passageThatNamesThePersonNeedNotRepeatTheTitleBeforeTheName() {
        assertThat(judge("The Saints placed running back Reggie Bush on injured reserve.",
                "The team placed Reggie Bush on injured reserve.").label()).isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void shortClaimStatedWithOneWordChangedIsSupportedButNotATwoWordClaim() {
        assertThat(judge("The Bulldogs fell to 15-17.", "The Bulldogs ended the season 15-17.").label())
                .isEqualTo(SupportLabel.SUPPORTS);
        assertThat(judge("Smith resigned.", "Smith was fired.").label()).isEqualTo(SupportLabel.PARTIAL);
    }

    @Test
    void nounForPeopleThatOpensTheClaimIsMetByTheNamesOfPeopleTheClaimDoesNotName() {
        assertThat(judge("The men were arrested.", "Oler and Blackmore were arrested.").label())
                .isEqualTo(SupportLabel.SUPPORTS);
        assertThat(judge("Police said the men were arrested.", "Police said Oler and Blackmore were arrested.").label())
                .isEqualTo(SupportLabel.PARTIAL);
        assertThat(judge("Smith thanked the officers.", "Smith thanked the voters.").label())
                .isEqualTo(SupportLabel.PARTIAL);
    }

    @Test
    void passageNeedNotStateWhatWentOnMeanwhile() {
        assertThat(judge("Rioters attacked a police station on Saturday, as protests against the killing continued.",
                "Rioters attacked a police station on Saturday.").label()).isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void passageOfAnotherMeaningSharingAllButOneWordOfAShortClaimIsNotSupport() {
        assertThat(judge("Well it's better late than never, Tara.",
                "Tara Reid has spent the last decade out and about, but her latest destination hits closer to home.")
                .label()).isNotEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void numberWrittenWithASpaceAfterItsThousandsCommaIsOneFigure() {
        Support s = judge("The island is home to 200, 000 people, the survey said.",
                "The island is home to 120, 000 people.");
        assertThat(s.label()).isEqualTo(SupportLabel.NO);
        assertThat(s.why()).contains("120000 people");
    }

    @Test
    void sentenceWithAnOpeningPhraseAndANumberWithASpacedCommaStatesItself() {
        String claim = "In December, the school imposed a ban after the coach acknowledged he gave about $6, 000 to a player.";
        assertThat(judge(claim, claim).label()).isEqualTo(SupportLabel.SUPPORTS);
    }

    @Test
    void nameSharingOnlyItsGenericWordIsAnotherName() {
        Support s = judge("The woman was pronounced dead at Mount Sinai Hospital.",
                "The woman was pronounced dead at Jamaica Hospital.");
        assertThat(s.label()).isEqualTo(SupportLabel.PARTIAL);
        assertThat(s.why()).contains("Mount Sinai Hospital");
    }

    @Test
    void ordinalIsANumberThePassageMustGiveInWordsOrDigits() {
        assertThat(judge("The film is based on the second book of the series.",
                "The film is based on the third book of the series.").label()).isEqualTo(SupportLabel.PARTIAL);
        assertThat(judge("Klitschko stopped Rahman in the seventh round.", "Klitschko stopped Rahman in the 7th round.")
                .label()).isEqualTo(SupportLabel.SUPPORTS);
    }
}
