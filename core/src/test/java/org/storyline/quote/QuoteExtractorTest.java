package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.entity.EntityIndex;
import org.storyline.entity.EntityResolver;
import org.storyline.entity.MentionFinder;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Mention;
import org.storyline.testing.Corpus;

class QuoteExtractorTest {

    private static List<AttributedQuote> quotes(String... lines) {
        AnnotatedArticle a = Corpus.text("t", lines);
        List<Mention> mentions = new MentionFinder().find(a);
        EntityIndex index = new EntityResolver().resolve(mentions);
        return new QuoteExtractor().extract(a, index);
    }

    /** The speakers of the direct quotes only, reported statements left out. */
    private static List<String> directSpeakers(List<AttributedQuote> quotes) {
        return speakers(quotes.stream().filter(AttributedQuote::direct).toList());
    }

    private static List<String> speakers(List<AttributedQuote> quotes) {
        List<String> out = new ArrayList<>();
        for (AttributedQuote q : quotes) {
            Speaker s = q.speaker();
            out.add(s.anonymous() ? "anon:" + s.description() : s.name() == null ? "unknown" : s.name());
        }
        return out;
    }

    @Test
    void wireStyleSecondSentenceKeepsTheSpeaker() {
        List<AttributedQuote> q = quotes("Harbour workers went on strike in Rotterdam on Monday.",
                "\"We are ready to talk,\" union leader Anna Berg said. \"We have been ready for weeks.\"");
        assertThat(q).extracting(AttributedQuote::text)
                .containsExactly("We are ready to talk", "We have been ready for weeks.");
        assertThat(speakers(q)).containsExactly("Anna Berg", "Anna Berg");
    }

    @Test
    void invertedAttributionAfterQuoteNamesTheSpeaker() {
        List<AttributedQuote> q = quotes("Talks resumed in Geneva on Tuesday.",
                "“The gap is still wide,” said Pedro Alvarez, the chief negotiator.");
        assertThat(speakers(q)).containsExactly("Pedro Alvarez");
    }

    @Test
    void guillemetsAndGermanMarksAreQuotes() {
        List<AttributedQuote> q = quotes("Farmers blocked roads across the region on Friday.",
                "«We cannot sell below cost any longer», said farmer Jean Dupont.",
                "Minister Klaus Weber said: „We will present a plan next week.“");
        assertThat(q).extracting(AttributedQuote::text)
                .containsExactly("We cannot sell below cost any longer", "We will present a plan next week.");
        assertThat(speakers(q)).containsExactly("Jean Dupont", "Klaus Weber");
    }

    @Test
    void dashLedParagraphIsDirectSpeechUpToTheAttribution() {
        List<AttributedQuote> q = quotes("The new bridge opened to traffic on Sunday.",
                "– This is a great day for the town, says mayor Ingrid Holm to the local paper.");
        assertThat(q).extracting(AttributedQuote::text).containsExactly("This is a great day for the town");
        assertThat(speakers(q)).containsExactly("Ingrid Holm");
    }

    @Test
    void quoteRunningOverTwoParagraphsKeepsItsSpeaker() {
        List<AttributedQuote> q = quotes("The port reopened after the storm.",
                "Harbour master Tom Reilly said: “The damage was worse than we feared. We lost two cranes.",
                "“It will take months to rebuild the north quay.”");
        assertThat(speakers(q)).containsExactly("Tom Reilly");
        assertThat(q.get(0).text()).startsWith("The damage was worse").endsWith("rebuild the north quay.");
    }

    @Test
    void sheGoesToTheWomanNotTheManNamedLast() {
        List<AttributedQuote> q = quotes("Senator Maria Lopez met Governor John Carter on Monday.",
                "“We agreed on nothing,” she said after the meeting.");
        assertThat(speakers(q)).containsExactly("Maria Lopez");
    }

    @Test
    void anonymousSourceIsKeptAsItsDescriptionAndReusedByTheDefiniteReference() {
        List<AttributedQuote> q = quotes("The ministry postponed the vote again.",
                "“There is no majority yet,” a senior ministry official said, speaking on condition of anonymity.",
                "“We need another week at least,” the official said.");
        assertThat(speakers(q)).containsExactly("anon:a senior ministry official", "anon:a senior ministry official");
        assertThat(q).allSatisfy(x -> assertThat(x.speaker().name()).isNull());
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        List<AttributedQuote> q = quotes("The government presented its “green corridor” plan on Monday.",
                "Critics called the so-called ‘reform’ a step back for the region.");
        assertThat(q).isEmpty();
    }

    @Test
    void quoteWithoutAnyAttributionHasNoSpeaker() {
        List<AttributedQuote> q = quotes("The banner on the town hall read “Never again shall we forget this day.”");
        assertThat(speakers(q)).containsExactly("unknown");
    }

    @Test
    void subjectOfTheReportingVerbWinsOverANameInsideTheClause() {
        List<AttributedQuote> q = quotes("Prime Minister Erik Sand spoke to reporters on Friday.",
                "He said Anders Lie had “misread the whole agreement from the start.”");
        assertThat(speakers(q)).containsExactly("Erik Sand");
    }

    @Test
    void accordingToNamesTheSpeaker() {
        List<AttributedQuote> q = quotes("The plan includes new rail links, according to Clara Meyer, who leads "
                + "the project, and “a complete redesign of the central station.”");
        assertThat(speakers(q)).containsExactly("Clara Meyer");
    }

    private static final String UNION_AND_CITY = "Union leader Anna Berg met Mayor Erik Sand on Monday.";

    @Test
    void listenerOfTellIsNotTheSpeaker() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY, "“We will not give up the fight for fair pay,” Berg told Sand.");
        assertThat(speakers(q)).containsExactly("Anna Berg");
    }

    @Test
    void personNamedAfterAParticipleOfTheSpeakerDoesNotTakeTheQuote() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY,
                "“The port will stand still for weeks,” she said, adding that Sand “has not listened to us at all.”");
        assertThat(speakers(q)).containsExactly("Anna Berg", "Anna Berg");
    }

    @Test
    void verbThatDoesNotReportSpeechGivesNoSpeaker() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY, "Sand accused Berg of “holding the whole port hostage for weeks.”");
        assertThat(speakers(q)).containsExactly("unknown");
    }

    @Test
    void personToldSomethingIsNotItsSpeaker() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY, "Sand was told by Berg that “the offer is far too low for us.”");
        assertThat(speakers(q)).doesNotContain("Erik Sand");
    }

    @Test
    void quotedClaimOfSomeoneElseIsNotTheSubjectsStatement() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY,
                "Sand, asked about Berg’s claim that “the city is hiding money from the workers,” said nothing.");
        assertThat(speakers(q)).doesNotContain("Erik Sand");
    }

    @Test
    void spokesmanOfAPersonIsNotThatPerson() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY, "“We are ready to strike again next week,” Berg’s spokesman said.");
        assertThat(speakers(q)).doesNotContain("Anna Berg");
    }

    @Test
    void spokesmanForAPersonIsNotThatPerson() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY,
                "“We are ready to strike again next week,” a spokesman for Berg said.");
        assertThat(speakers(q)).doesNotContain("Anna Berg");
    }

    @Test
    void relativeClauseSpeakerIsNotTheMainSubject() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY,
                "“We will not give up the fight for fair pay,” Berg told Sand, who said “the city has no money left.”");
        assertThat(speakers(q).get(1)).isNotEqualTo("Anna Berg");
    }

    @Test
    void quoteAfterAnotherPersonsSentenceDoesNotContinueTheLastSpeaker() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY, "“The offer is far too low for us,” Berg said. Sand disagreed. "
                + "“It is the best offer the city can make.”");
        assertThat(speakers(q).get(1)).isNotEqualTo("Anna Berg");
    }

    @Test
    void nextParagraphQuoteFollowedByAnotherNameDoesNotContinueTheLastSpeaker() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY, "“We are ready to strike again next week,” Berg said.",
                "“The city has no money left for this.” Sand made that clear on Tuesday.");
        assertThat(speakers(q).get(1)).isNotEqualTo("Anna Berg");
    }

    @Test
    void wordsOfAPersonReportedBySomeoneElseAreNotTheReportersStatement() {
        List<AttributedQuote> q = quotes("Senator John Carter met President Donald Trump at the White House on Monday.",
                "Carter said Trump had called the plan “a dangerous gamble for everyone involved.”");
        assertThat(speakers(q)).doesNotContain("John Carter");
    }

    @Test
    void pronounAfterAnUnnamedPersonAsSubjectIsThatPersonNotSomeoneNamedBefore() {
        List<AttributedQuote> q = quotes("“We will appeal the verdict,” said prosecutor Anna Berg.",
                "As she left the court, the defendant's mother spoke briefly to reporters.",
                "“We just want to be left alone,” she said.");
        assertThat(speakers(q)).containsExactly("Anna Berg", "anon:the defendant's mother");
    }

    @Test
    void unnamedPersonIsASourceWhenIndefiniteOrPossessiveButADefiniteDescriptionIsNot() {
        List<AttributedQuote> q = quotes("Actress Tara Reid checked into a clinic on Monday.",
                "“She checked in herself,” a friend of the actress said.",
                "“It was his decision,” Reid's lawyers said.",
                "“I am tired,” said the actress.");
        assertThat(speakers(q)).containsExactly("anon:a friend of the actress", "anon:Reid's lawyers", "unknown");
    }

    @Test
    void descriptionAfterAccordingToKeepsItsComplementAndGivesWayToANameInApposition() {
        List<AttributedQuote> q = quotes("Attacks spread across the world on Monday.",
                "According to researchers at security firm Trend Micro, the attacks were spreading “like wildfire.”",
                "According to his aunt, Jane Starner, “He was brilliant from the start.”");
        assertThat(directSpeakers(q))
                .containsExactly("anon:researchers at security firm Trend Micro", "Jane Starner");
    }

    @Test
    void pronounAfterAGroupOfPeopleAsSubjectStillFindsThePersonNamedBefore() {
        List<AttributedQuote> q = quotes("“We will appeal the verdict,” said prosecutor Anna Berg.",
                "The reporters waited outside the court for an hour.",
                "“We just want to be left alone,” she said.");
        assertThat(speakers(q)).containsExactly("Anna Berg", "Anna Berg");
    }

    @Test
    void pronounAfterTwoMenAsSubjectIsAmbiguous() {
        List<AttributedQuote> q = quotes("Mayor Erik Sand and his deputy Lars Holm opened the bridge on Sunday.",
                "“This is a great day for the whole town,” he said.");
        assertThat(speakers(q)).containsExactly("unknown");
    }

    @Test
    void partialQuoteInAReportingSentenceBelongsToItsSubject() {
        List<AttributedQuote> q = quotes("Alliance leaders met in Vilnius on Tuesday.",
                "Secretary General Anna Berg reiterated the alliance’s commitment to an “irreversible” path for Kyiv.");
        assertThat(q).extracting(AttributedQuote::text).containsExactly("irreversible");
        assertThat(speakers(q)).containsExactly("Anna Berg");
    }

    @Test
    void recurringQuotedTermIsATermNotAPartialQuote() {
        List<AttributedQuote> q = quotes("The president presented his “peace formula” in Geneva on Monday.",
                "Foreign Minister Erik Sand said the “peace formula” needed more work.");
        assertThat(q).filteredOn(AttributedQuote::direct).isEmpty();
        assertThat(q).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("the “peace formula” needed more work");
            assertThat(r.speaker().name()).isEqualTo("Erik Sand");
        });
    }

    @Test
    void organisationCanBeTheSpeaker() {
        List<AttributedQuote> q = quotes("Moscow rejected the proposal on Friday.",
                "“This plan is not acceptable to us in any form,” the Kremlin said in a statement.");
        assertThat(speakers(q)).containsExactly("Kremlin");
        assertThat(q.get(0).speaker().anonymous()).isFalse();
    }

    @Test
    void hearerOfToldIsNeverTheSpeakerEvenWhenTheSubjectIsMissed() {
        List<AttributedQuote> q = quotes(UNION_AND_CITY,
                "“We will not give up the fight for fair pay,” said the union, which told Erik Sand about it.");
        assertThat(speakers(q)).doesNotContain("Erik Sand");
    }

    @Test
    void personQuotedAsSayingIsTheSpeakerNotTheOutletQuotingThem() {
        List<AttributedQuote> q = quotes("A teenager was shot by police in Brooklyn on Saturday.",
                "“The officers just jumped out of the car so fast,” the Daily Herald quoted witness Devon Brooks as saying.");
        assertThat(speakers(q)).containsExactly("Devon Brooks");
    }

    @Test
    void invertedSubjectReachesThePersonPastATitleWithAVerbLikeWord() {
        List<AttributedQuote> q = quotes("Microsoft released an emergency patch for its browser on Wednesday.",
                "“People should run, not walk, to get it installed,” said Trend Micro advanced threat researcher Paul Ferguson.");
        assertThat(speakers(q)).containsExactly("Paul Ferguson");
    }

    @Test
    void sentenceEndingInAColonIntroducesTheQuoteOfTheNextParagraph() {
        List<AttributedQuote> q = quotes("Voters went to the polls in the capital on Sunday.",
                "Pensioner Karl Mertens, a voter in the old town, said:",
                "“I remember the elections of the old days. People were very active then.”");
        assertThat(speakers(q)).containsExactly("Karl Mertens");
    }

    @Test
    void shortQuoteAfterAVerbOfNamingIsAPartialQuoteOfTheSubject() {
        List<AttributedQuote> q = quotes("The council approved the harbour plan on Monday.",
                "Mayor Erik Sand called the vote “historic” and left the chamber.");
        assertThat(q).extracting(AttributedQuote::text).containsExactly("historic");
        assertThat(speakers(q)).containsExactly("Erik Sand");
    }

    @Test
    void jointStatementOfTwoPeopleNamesBothTogetherAndNeitherAlone() {
        List<AttributedQuote> q = quotes("The academy chose a new host for its awards show.",
                "Producers Laura Marks and Bill Conway called the actor “a consummate entertainer and a fine singer.”");
        assertThat(speakers(q)).containsExactly("Laura Marks and Bill Conway");
    }

    @Test
    void jointStatementAfterTheQuoteNamesBothBySurname() {
        List<AttributedQuote> q = quotes("Producers Laurence Mark and Bill Condon chose the actor as host.",
                "“He also has style, elegance and a sense of occasion,” Mark and Condon said in a joint statement.");
        assertThat(speakers(q)).containsExactly("Laurence Mark and Bill Condon");
    }

    @Test
    void familyNameTheArticleGaveItsSubjectNamesHimThoughARelativeSharesIt() {
        List<AttributedQuote> q = quotes("Frederick C. LaRue, a Mississippi oil heir, died on Tuesday.",
                "LaRue became a trusted member of the administration in 1969.",
                "His father, Ike Parsons LaRue, had served jail time for banking violations.",
                "“I joined in that coverup, at least by acquiescence,” LaRue said in a statement.");
        assertThat(speakers(q)).containsExactly("Frederick C. LaRue");
    }

    @Test
    void invertedSpeakerWhoseNameIsAlsoAnAdverbIsNamed() {
        List<AttributedQuote> q = quotes("Ubisoft executive Chris Early spoke at the event.",
                "“Streaming is somewhat binary,” says Early.");
        assertThat(speakers(q)).containsExactly("Chris Early");
    }

    @Test
    void infinitiveAfterAPartialQuoteLeavesItToTheVerbBefore() {
        List<AttributedQuote> q = quotes("Lt. Col. Alexander Vindman testified on Tuesday.",
                "Vindman told lawmakers it was his “duty” to report his concerns about the call.");
        assertThat(speakers(q)).containsExactly("Alexander Vindman");
    }

    @Test
    void familyNameTaggedAsACommonNounStillGivesAPronounItsPerson() {
        List<AttributedQuote> q = quotes("Pin-up model Bettie Page died on Thursday.",
                "“They were playful parodies,” Hugh Hefner said.",
                "Perhaps the most memorable photos of Page were her bondage poses, which she said were all pretend.",
                "“I never understood how anyone believed those poses were sexy,” she later said.");
        assertThat(speakers(q)).containsExactly("Hugh Hefner", "Bettie Page");
    }

    @Test
    void subjectBeforeARelativeClauseIsTheSourceTheDescriptionLaterMeans() {
        List<AttributedQuote> q = quotes("The agency did not accept the offer of free vaccines.",
                "A spokesperson who did not wish to be named because of agency policy said in a statement that the "
                        + "agency has never administered vaccines.",
                "“Operating a vaccine program is not feasible for a law enforcement agency,” the spokesperson said.");
        assertThat(speakers(q)).containsExactly("anon:a spokesperson", "anon:a spokesperson");
    }

    @Test
    void titleWordTaggedAsAVerbStillLeadsToTheNameAfterIt() {
        List<AttributedQuote> q = quotes("Microsoft released an emergency patch on Wednesday.",
                "“Microsoft encourages all IE customers to test and deploy this update as soon as possible,” said "
                        + "Microsoft security response communications head Christopher Budd.");
        assertThat(speakers(q)).containsExactly("Christopher Budd");
    }

    @Test
    void subjectOfAQuestionAfterItsAuxiliaryCarriesThePronounOn() {
        List<AttributedQuote> q = quotes("John M. Ford wrote the novel before his death in 2006.",
                "Tor will publish the unfinished novel next year.",
                "When I got word that a deal had been struck, I immediately thought of Elise Matthesen.",
                "Lacking the legal rights to Ford’s work, how would she feel about all of this?",
                "“I don’t even have words, it’s such good news,” she replied in an email.");
        assertThat(speakers(q)).containsExactly("Elise Matthesen");
    }

    @Test
    void descriptionTheArticleUsedForAnUnnamedPersonIsNotTheLastSpeaker() {
        List<AttributedQuote> q = quotes("The patient went to his doctor after three months of fatigue.",
                "“I'm sure it happens much more than we realize,” Dr. Owen Dempsey said.",
                "“It doesn't affect me at all now and my life is pretty much as it was before,” the patient wrote.");
        assertThat(speakers(q)).containsExactly("Owen Dempsey", "unknown");
    }

    @Test
    void unnamedSourceDescribedWithAPrepositionKeepsItsPlaceAndNumber() {
        List<AttributedQuote> q = quotes("Sources in the Rukban camp described the shortages to reporters.",
                "The reporter's source inside the Rukban camp, a refugee who asked not to be identified, said the claim "
                        + "was “absolutely not true.”",
                "“Nobody is preventing civilians from leaving the camp,” the source said.");
        assertThat(speakers(q)).hasSize(3).containsOnly("anon:the reporter's source inside the Rukban camp");
    }

    @Test
    void speakerWhoseFamilyNameLooksLikeAPronounIsNamedInFull() {
        List<AttributedQuote> q = quotes("The talks resumed in Washington on Monday.",
                "“What is the additional incentive of implementing this deal?” He Jianxiong, the former executive "
                        + "director for China at the International Monetary Fund, said.");
        assertThat(speakers(q)).containsExactly("He Jianxiong");
    }

    @Test
    void speakerNamedWithAGenerationalSuffixIsNamed() {
        List<AttributedQuote> q = quotes("Investigators regarded Gigante as the most elusive Mafia leader of his era.",
                "\"He was probably the most clever organized-crime figure I have ever seen,\" said John S. Pritchard 3rd, "
                        + "a former F.B.I. supervisor.");
        assertThat(speakers(q)).containsExactly("John S. Pritchard 3rd");
    }

    @Test
    void partOfAGroupOfPeopleIsAnUnnamedSource() {
        List<AttributedQuote> q = quotes("Protesters gathered outside the precinct on Monday night.",
                "Some of the protesters shouted, \"Let her go now!\" then started throwing bottles.");
        assertThat(speakers(q)).containsExactly("anon:some of the protesters");
    }

    @Test
    void theStatementSpeaksForWhoeverIssuedItLast() {
        List<AttributedQuote> q = quotes("Taylor Swift accused her former label of blocking her performance.",
                "On Monday, Big Machine Records issued a statement on its website.",
                "“We have worked diligently to have a conversation about these matters with Taylor,” the statement read.",
                "Later, someone posted a statement on a fan forum.",
                "“We will not stop until the music is free,” the statement said.");
        assertThat(speakers(q)).containsExactly("Big Machine Records", "unknown");
    }

    @Test
    void pronounAfterAnOpeningClauseMeansThatClausesSubject() {
        List<AttributedQuote> q = quotes("Jim Mitchell ran the campaign in 1972.",
                "Frederick LaRue was a Mississippi oil heir.",
                "When Frederick LaRue spoke to reporters in 1973, he said that he was “no millionaire.”");
        assertThat(speakers(q)).contains("Frederick LaRue");
    }

    @Test
    void paragraphOfQuoteAfterAParagraphAboutTheLastSpeakerIsTheirs() {
        List<AttributedQuote> q = quotes("“They cuffed him on the ground,” neighbour Luc Marais said.",
                "Marais also praised the officers for their handling of the standoff.",
                "“They kept everyone in the building safe.”");
        assertThat(speakers(q)).containsExactly("Luc Marais", "Luc Marais");
    }

    @Test
    void paragraphOfQuoteAfterAParagraphIntroducingItWithAColonIsNotTheLastSpeakers() {
        List<AttributedQuote> q = quotes("“They cuffed him on the ground,” neighbour Luc Marais said.",
                "Marais then pointed to the city's website, which carries the following notice:",
                "“Residents should stay away from the area until further notice.”");
        assertThat(speakers(q)).containsExactly("Luc Marais", "unknown");
    }

    @Test
    void partialQuoteInTheSentenceAfterAStatementWithNoOneNewIsTheSpeakers() {
        List<AttributedQuote> q = quotes("“Since 2008, no year has brought the industry more revenue,” says analyst Tomas Lind. "
                + "That’s produced a strategy of “continuous cost-cutting for more than a decade in local news.”");
        assertThat(speakers(q)).containsExactly("Tomas Lind", "Tomas Lind");
    }

    @Test
    void partialQuoteAfterAStatementWhenSomeoneElseBecomesTheSubjectIsNotTheSpeakers() {
        List<AttributedQuote> q = quotes("“Since 2008, no year has brought the industry more revenue,” says analyst Tomas Lind. "
                + "Publisher Eva Holt defended a strategy of “continuous cost-cutting for more than a decade in local news.”");
        assertThat(speakers(q).get(0)).isEqualTo("Tomas Lind");
        assertThat(speakers(q).get(1)).isNotEqualTo("Tomas Lind");
    }

    @Test
    void pronounAfterASentenceWhoseSubjectPronounIsLostIsNotThatSentencesObject() {
        List<AttributedQuote> q = quotes("The book took years to finish.",
                "On July 27, he emailed Ole Dahl about the ending.",
                "“It is not like someone can charge into the room every few minutes,” he wrote.");
        assertThat(speakers(q)).containsExactly("unknown");
    }

    @Test
    void pronounNoOneElseFitsMeansTheUnnamedPersonTheSentenceBeforeBroughtIn() {
        List<AttributedQuote> q = quotes("Some teenagers run their accounts as businesses.",
                "The magazine spoke to one mother, who knew her son had a public account.",
                "“I am literally facepalming that my son has his phone number on it,” she said.");
        assertThat(speakers(q)).containsExactly("anon:one mother");
        List<AttributedQuote> officer = quotes("Some teenagers run their accounts as businesses.",
                "The magazine spoke to one officer, who knew the accounts were public.",
                "“I am literally facepalming that they have phone numbers on them,” she said.");
        assertThat(speakers(officer)).containsExactly("unknown");
    }

    @Test
    void pronounIsNotThePersonTheQuoteNamesInFull() {
        List<AttributedQuote> q = quotes("Karin Lund signed the deal on Monday.",
                "“It would have been easy for Karin Lund to just lend her name to it,” she said.");
        assertThat(speakers(q)).containsExactly("unknown");
    }

    @Test
    void pronounAfterAClauseNamingTwoPeopleMeansItsSubject() {
        List<AttributedQuote> q = quotes("The club changed managers again.",
                "When Erik Sand hired Ole Dahl, he called him a “safe pair of hands” for the job.");
        assertThat(speakers(q)).containsExactly("Erik Sand");
    }

    @Test
    void pronounAfterTwoPeopleNamedOutsideAnOpeningClauseStaysUnknown() {
        List<AttributedQuote> q = quotes("The club changed managers again.",
                "After talks between Erik Sand and Ole Dahl, he called it a “safe pair of hands” for the job.");
        assertThat(speakers(q)).containsExactly("unknown");
    }

    @Test
    void possessiveWrittenApartIsNotTheSpeaker() {
        List<AttributedQuote> q = quotes("Shantel Davis was killed by police in June.",
                "“You try to put it out of your mind,” said Ms. Davis ’ s sister.");
        assertThat(speakers(q)).doesNotContain("Shantel Davis");
    }

    @Test
    void statementFromAnUntaggedNameSpeaksForItAndItCarriesOn() {
        List<AttributedQuote> q = quotes("Fire destroyed the store in Wimbledon on Friday.",
                "A statement from Waitrose said damage to the building had been extensive.",
                "“We have made available a distress fund for local residents and staff affected,” it added.");
        assertThat(speakers(q)).endsWith("Waitrose");
    }

    @Test
    void longAppositionWithARelativeClauseKeepsTheNameAsSubject() {
        List<AttributedQuote> q = quotes("Ian Hamilton, an expert in drug use and mental health at the Department of Health "
                + "Sciences at the University of York in northern England who did not work on the study, told reporters: "
                + "“This could equate to a large proportion of the population.”");
        assertThat(speakers(q)).containsExactly("Ian Hamilton");
    }

    @Test
    void participleOfSayingRightAfterAPhraseIsThatPhrasesSpeaker() {
        List<AttributedQuote> q = quotes("Tens of thousands marched on parliament on Wednesday.",
                "Demonstrators chanting “thieves, thieves, out with you” tried to break through a police cordon.");
        assertThat(speakers(q)).containsExactly("anon:demonstrators");
    }

    @Test
    void verbJoinedToTheMainVerbByAndSharesItsSubject() {
        List<AttributedQuote> q = quotes("The mayor met the strikers on Monday.",
                "Anna Berg listened to the union and then told reporters, “We will find the money.”",
                "Erik Sand visited the harbour and noted that the strike had cost the city dearly.");
        assertThat(speakers(q)).containsExactly("Anna Berg", "Erik Sand");
    }

    @Test
    void theStatementLaterIsTheOneTheTextSaidWhoIssued() {
        List<AttributedQuote> q = quotes("The ship and its helicopter reached the scene, according to a statement from Waitrose.",
                "Guards boarded the boat and seized “a large cache of arms and equipment,” the statement said.");
        assertThat(speakers(q)).containsExactly("Waitrose", "Waitrose");
    }

    @Test
    void theyAfterAStatementOfACompanyNamedAfterAPersonIsTheCompany() {
        List<AttributedQuote> q = quotes("Taylor Swift may perform her old songs at the awards.",
                "The company that runs the AMAs, Dick Clark Productions, denies that anything has been definitely sorted.",
                "\"Any final agreement on this matter needs to be made with her management team,\" they said.");
        assertThat(speakers(q)).containsExactly("Dick Clark Productions", "Dick Clark Productions");
    }

    @Test
    void relativeClauseWithSayingReportsNothing() {
        List<AttributedQuote> q = quotes("The photographer Klaw praised the pictures he took of Bettie Page.",
                "Perhaps the most memorable photos of Page were her bondage poses, which she said were all pretend.");
        assertThat(q).isEmpty();
    }

    /** The words that name each quote's speaker, or {@code null}. */
    private static List<String> cues(String... lines) {
        AnnotatedArticle a = Corpus.text("t", lines);
        EntityIndex index = new EntityResolver().resolve(new MentionFinder().find(a));
        List<String> out = new ArrayList<>();
        for (AttributedQuote q : new QuoteExtractor().extract(a, index)) {
            out.add(q.cue() == null ? null : a.text().substring(q.cue().start(), q.cue().end()));
        }
        return out;
    }

    @Test
    void everyAttributedQuoteShowsTheWordsThatNameItsSpeaker() {
        assertThat(cues("Harbour workers went on strike in Rotterdam on Monday.",
                "\"We are ready to talk,\" union leader Anna Berg said. \"We have been ready for weeks.\"",
                "“The gap is still wide,” said Pedro Alvarez, the chief negotiator.",
                "“We will see,” he said.",
                "The port will reopen soon, according to Erik Sand."))
                .containsExactly("union leader Anna Berg said", null, "said Pedro Alvarez", "he said", "according to Erik Sand");
    }

    @Test
    void quoteWithoutASpeakerHasNoCue() {
        assertThat(cues("The banner on the town hall read “Never again shall we forget this day.”")).containsOnlyNulls();
    }

    @Test
    void surnameTheTaggerTookForAnOrganisationIsThePersonNamedInFullBefore() {
        List<AttributedQuote> q = quotes("Gov. Kristi Noem launched the campaign on Monday.",
                "“The mission of the campaign is to raise awareness,” Noem told the Argus Leader.");
        assertThat(speakers(q)).containsExactly("Kristi Noem");
    }

    @Test
    void colonAfterASentenceWhosePersonSubjectHasNoReportingVerbIntroducesTheirQuote() {
        List<AttributedQuote> q = quotes("The songwriters met in Nashville last spring.",
                "Caitlyn Smith had a similar experience: “It was a totally different job for all of us.”");
        assertThat(speakers(q)).containsExactly("Caitlyn Smith");
        assertThat(q.get(0).cue()).isNotNull();
    }

    @Test
    void continuedAfterAQuoteReportsItButContinuedToDoesNot() {
        List<AttributedQuote> q = quotes("Quarterback Drew Brees spoke after the game.",
                "“He is used to being the guy everyone counts on,” Brees continued.",
                "Ministers continued to call the plan “a reckless gamble for the whole region”.");
        assertThat(speakers(q)).containsExactly("Drew Brees", "unknown");
    }

    @Test
    void attributionCutIntoASentenceOfItsOwnAfterAQuestionStillNamesTheSpeaker() {
        List<AttributedQuote> q = quotes("Interim coach Bruce Arians watched the celebration in the locker room.",
                "\"Would we have done it without him? \" Arians asked.");
        assertThat(speakers(q)).containsExactly("Bruce Arians");
    }

    @Test
    void surnameTheTaggerTookForACommonNounNamesThePersonOfTheStory() {
        List<AttributedQuote> q = quotes("Quarterback Andrew Luck led Indianapolis to a 20-13 victory over Kansas City.",
                "\"We didn't want to slide in the backdoor and put the extra stress on a man having to win the next game, \" "
                        + "Luck said.");
        assertThat(speakers(q)).containsExactly("Andrew Luck");
    }

    @Test
    void rankAbbreviatedWithoutAFullStopIsATitleNotAGivenName() {
        List<AttributedQuote> q = quotes("Area Commander Inspector Dave Gaskin said the climbers were rescued on Sunday.",
                "\"We don't normally get too many climbing accidents at this time of year, \" Insp Gaskin said.");
        assertThat(q).filteredOn(AttributedQuote::direct).extracting(x -> x.speaker().name()).containsExactly("Dave Gaskin");
    }

    @Test
    void pronounSubjectAfterAConjunctionAndAFrontedClauseIsTheMainSubject() {
        List<AttributedQuote> q = quotes("Actress Mary Steenburgen moved to Nashville to write songs.",
                "And despite the many advantages that her fame might have afforded her, she was more nervous than "
                        + "anyone about going there.",
                "“It was terrifying,” she said.");
        assertThat(speakers(q)).containsExactly("Mary Steenburgen");
    }

    @Test
    void participleOfSayingInASubordinateClauseBelongsToThatClausesSubject() {
        List<AttributedQuote> q = quotes("Yvonne Hiller opened fire at the plant on Thursday.",
                "Dispatcher Janice Leader told reporters that Hiller called 911, saying “I'm the one you're looking for.”");
        assertThat(speakers(q)).containsExactly("Yvonne Hiller");
    }

    @Test
    void paragraphOfQuoteContinuesASpeakerWhoseQuoteBeganAParagraphEarlier() {
        List<AttributedQuote> q = quotes("Interim coach Bruce Arians led the Colts to the playoffs.",
                "\"Mission accomplished.",
                "That's all I can say, \" Arians said.",
                "\"Without getting emotional again, the work week shouldn't be as stressful. \"");
        assertThat(q.get(q.size() - 1).text()).startsWith("Without getting emotional");
        assertThat(speakers(q)).containsOnly("Bruce Arians");
    }

    @Test
    void invertedAttributionWithAnAppositionReportsAndAPronounThenFollowsTheSpeaker() {
        List<AttributedQuote> q = quotes("The constant presence of the police has left many youths feeling suffocated, "
                        + "said Shanduke McPhatter, 35, an ex-gang member who works with young men in the neighborhood.",
                "“I understand the state of mind that these youths have,” he said.");
        assertThat(speakers(q)).containsExactly("Shanduke McPhatter", "Shanduke McPhatter");
        assertThat(q.get(0).direct()).isFalse();
    }

    @Test
    void subjectOfAClauseAfterTheReportingVerbIsNotItsSpeaker() {
        List<AttributedQuote> q = quotes("“Streaming is somewhat binary,” says Chris Early, a vice president at Ubisoft.",
                "Bandwidth is less of an issue in cities, but Early still says Ubisoft are “believers” in game streaming.");
        assertThat(directSpeakers(q))
                .containsExactly("Chris Early", "Chris Early");
    }

    @Test
    void clauseThatASubordinateClauseFollowsIsNotReportedSpeech() {
        List<AttributedQuote> q = quotes("Close reading is essential for these passages, after the novelist Jo Walton "
                + "explained them to me.");
        assertThat(q).isEmpty();
    }

    @Test
    void pronounAfterASubjectNamedButNotResolvedIsNotGivenToAnEarlierSpeaker() {
        List<AttributedQuote> q = quotes("Vincent Gigante and his brother Mario Gigante came to court on Monday.",
                "“They arrived at nine,” said court spokesman Al Quintero.",
                "In 2003, Gigante calmly pleaded guilty to obstruction of justice.",
                "“God bless you,” he told the judge.");
        assertThat(directSpeakers(q))
                .containsExactly("Al Quintero", "unknown");
    }

    @Test
    void appositionOwnedBySomeoneElseDoesNotTakeTheSpeakersPlace() {
        List<AttributedQuote> q = quotes("Tim Morrison testified on Tuesday.",
                "\"If he had concerns about the call, I would have expected to be told,\" Morrison, Vindman's superior, said.");
        assertThat(speakers(q)).containsExactly("Tim Morrison");
    }

    @Test
    void definiteDescriptionRightAfterTheSpeakersStatementIsThatSpeaker() {
        List<AttributedQuote> q = quotes("“We lost the baby,” James Van Der Beek said.",
                "“You never know why these things happen,” said the actor. “It makes you more human.”",
                "The two jurors spoke at a news conference on Saturday.",
                "“We did everything we could,” said the juror.");
        assertThat(speakers(q)).containsExactly("James Van Der Beek", "James Van Der Beek", "James Van Der Beek",
                "unknown");
    }

    @Test
    void nameBeforeThePrepositionsOfItsPhraseIsTheSpeaker() {
        List<AttributedQuote> q = quotes("Microsoft released the fix within a week.",
                "Analyst Rob Enderle of Enderle Group in Silicon Valley said it was “amazing” that the fix came so fast.");
        assertThat(directSpeakers(q)).containsExactly("Rob Enderle");
    }

    @Test
    void participleInAClauseBeforeTheMainOneBelongsToThatClausesSubject() {
        List<AttributedQuote> q = quotes("Adam Schiff chaired the hearing on Tuesday.",
                "When Democratic lawmakers are reduced to lecturing the nation that “hearsay can be better evidence,” "
                        + "Adam Schiff should pack up the circus.");
        assertThat(speakers(q)).containsExactly("anon:Democratic lawmakers");
    }

    @Test
    void articlesOwnPronounsGiveAUnisexFirstNameItsGender() {
        List<AttributedQuote> q = quotes("Taylor Swift won support after accusing the label of blocking her music.",
                "Last week, Taylor Swift said the label was trying to stop her performing her old songs.",
                "She claimed the label thought the performance would amount to a re-recording.",
                "“I just want to be able to perform my own music,” she said.");
        assertThat(directSpeakers(q)).containsExactly("Taylor Swift");
    }

    @Test
    void authorOfADocumentAfterAccordingToIsTheSpeaker() {
        List<AttributedQuote> q = quotes("GateHouse bought another newspaper chain.",
                "According to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina, the firm's "
                        + "practice has been to “consolidate copy editing and page design” at a corporate center.");
        assertThat(directSpeakers(q)).containsExactly("Penelope Muse Abernathy");
    }

    @Test
    void passiveVerbOfSayingNamesNoSpeaker() {
        List<AttributedQuote> q = quotes("Dr. Owen Dempsey examined the patient in Aberdeen. "
                        + "Doctors should take detailed histories, he added.",
                "That being said, \"people with feather pillows shouldn't panic or throw them out,\" he said.");
        assertThat(speakers(q)).containsExactly("Owen Dempsey", "Owen Dempsey");
    }

    @Test
    void personKnownByANumberIsAnUnnamedSource() {
        List<AttributedQuote> q = quotes("Two jurors spoke to reporters after the sentencing.",
                "“Everyone was respectful,” said Juror No. 8, one of six women on the panel.");
        assertThat(speakers(q)).containsExactly("anon:Juror No. 8");
    }

    @Test
    void titleOfThePersonJustNamedIsThatPersonWhenOthersHoldItToo() {
        List<AttributedQuote> q = quotes("In 1996, Judge Eugene Nickerson ruled that Gigante could stand trial.",
                "Imposing the sentence, Judge Jack Weinstein reflected on Gigante's career.",
                "“He is a shadow of his former self,” the judge said.");
        assertThat(speakers(q)).containsExactly("Jack Weinstein");
    }

    @Test
    void unitOfANamedCompanySpeaksForIt() {
        List<AttributedQuote> q = quotes("Undersea cables were cut off Egypt on Friday.",
                "France Telecom's Orange mobile-phone unit said the cable failure “greatly disturbed” the traffic.");
        assertThat(directSpeakers(q))
                .containsExactly("France Telecom's Orange mobile-phone unit");
    }

    @Test
    void nameAloneBeforeAColonIsTheSpeakerAsInATranscript() {
        List<AttributedQuote> q = quotes("The tapes captured chief of staff H.R. Haldeman talking with Richard Nixon.",
                "Nixon asks: “Somebody in the FBI?”",
                "Haldeman: “Yes, sir. If we move on him, he'll go out and unload everything.”");
        assertThat(speakers(q)).containsExactly("Richard Nixon", "H.R. Haldeman");
    }

    @Test
    void subjectAfterAContinuedQuoteInItsSentenceDoesNotBreakTheChain() {
        List<AttributedQuote> q = quotes("President Donald Trump wants China to buy more farm goods.",
                "“My people had $20 billion done,” Mr. Trump recounted in a cabinet meeting. “And I said, ‘I want more.’ "
                        + "It's very simple.” The cabinet members gathered around him laughed.");
        assertThat(speakers(q)).containsExactly("Donald Trump", "Donald Trump");
    }

    @Test
    void invertedSubjectWithTwoTitlesJoinedByAndReachesTheName() {
        List<AttributedQuote> q = quotes("The state pumped more money into the creamery.",
                "“In July alone, they lost $300,000,” said Anchorage businessman and blogger Andrew Halcro, a critic.");
        assertThat(speakers(q)).containsExactly("Andrew Halcro");
    }

    @Test
    void unknownNameThatAnAppositionDescribesAsAPersonIsTheSpeaker() {
        List<AttributedQuote> q = quotes("Turkmens voted for a new parliament on Sunday.",
                "“There are very few billboards around the city,” Maral, a resident of Ashgabat, told reporters.",
                "“We voted early this morning,” Acme, a leading firm, said.");
        assertThat(speakers(q)).containsExactly("Maral", "unknown");
    }
}
