package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.entity.Mentions.named;
import static org.storyline.entity.Mentions.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;

class EntityResolverTest {

    @Test
    void spellingVariantsMergeIntoOnePersonWithCanonicalFullName() {
        EntityIndex index = new Mentions()
                .person("a1", "Volodymyr Zelenskyy").person("a2", "Volodymyr Zelenskyy")
                .person("a3", "Volodymyr Zelensky").person("a4", "Volodymyr Zelenskyi")
                .person("a4", "Zelenskyj").person("a5", "Zelenskiy").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("Volodymyr Zelenskyy");
        Entity z = named(index, "Volodymyr Zelenskyy");
        assertThat(z.mentions()).isEqualTo(6);
        assertThat(z.articles()).containsExactly("a1", "a2", "a3", "a4", "a5");
        assertThat(z.variants()).containsExactlyInAnyOrder("Volodymyr Zelenskyy", "Volodymyr Zelensky",
                "Volodymyr Zelenskyi", "Zelenskyj", "Zelenskiy");
    }

    @Test
    void canonicalNameIsTheFullNameInMostArticles() {
        EntityIndex index = new Mentions()
                .person("a1", "Volodymyr Zelensky").person("a1", "Volodymyr Zelensky").person("a1", "Volodymyr Zelensky")
                .person("a2", "Volodymyr Zelenskyy").person("a3", "Volodymyr Zelenskyy").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("Volodymyr Zelenskyy");
    }

    @Test
    void canonicalNameIsTheFullestFormEvenWhenAShorterFullFormIsMoreFrequent() {
        EntityIndex index = new Mentions()
                .person("a1", "Kathleen Hawk Sawyer").person("a1", "Hawk Sawyer").person("a1", "Hawk Sawyer")
                .person("a2", "Hawk Sawyer").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("Kathleen Hawk Sawyer");
        EntityIndex page = new Mentions().person("a1", "Bettie Page").person("a2", "Bettie Page")
                .person("a3", "Bettie Mae Page").resolve();
        assertThat(names(page, EntityType.PERSON)).containsExactly("Bettie Mae Page");
    }

    @Test
    void surnameAloneJoinsTheOnePersonWithThatSurname() {
        Mentions m = new Mentions().person("a1", "Mark Rutte").person("a2", "Rutte").person("a3", "Rutte");
        EntityIndex index = m.resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("Mark Rutte");
        assertThat(index.entityOf(m.get(1))).contains(named(index, "Mark Rutte"));
        assertThat(named(index, "Mark Rutte").mentions()).isEqualTo(3);
    }

    @Test
    void surnameBeforeTheFullNameStillJoins() {
        EntityIndex index = new Mentions().person("a1", "Rutte").person("a2", "Mark Rutte").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("Mark Rutte");
    }

    @Test
    void surnameWithDiacriticsJoinsFullNameWithout() {
        EntityIndex index = new Mentions().person("a1", "Laurynas Kasciunas").person("a2", "Kasčiūnas").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("Laurynas Kasciunas");
    }

    @Test
    void firstNameAloneDoesNotJoinThePerson() {
        EntityIndex index = new Mentions().person("a1", "Mark Rutte").person("a2", "Mark").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactlyInAnyOrder("Mark Rutte", "Mark");
    }

    @Test
    void differentPeopleStayApart() {
        EntityIndex index = new Mentions()
                .person("a1", "Joe Biden").person("a1", "Donald Trump").person("a2", "Biden").person("a2", "Trump")
                .person("a3", "Mark Rutte").person("a3", "Jens Stoltenberg").person("a3", "Stoltenberg")
                .person("a4", "Kamala Harris").person("a4", "Dick Morris").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactlyInAnyOrder("Joe Biden", "Donald Trump",
                "Mark Rutte", "Jens Stoltenberg", "Kamala Harris", "Dick Morris");
        assertThat(named(index, "Joe Biden").mentions()).isEqualTo(2);
        assertThat(named(index, "Donald Trump").mentions()).isEqualTo(2);
        assertThat(named(index, "Jens Stoltenberg").mentions()).isEqualTo(2);
        assertThat(named(index, "Mark Rutte").mentions()).isEqualTo(1);
    }

    @Test
    void shortFormOfAFirstNameBeforeItsLongFormInOneArticleIsAnotherPerson() {
        EntityIndex index = new Mentions()
                .person("a1", "Jerry Ortiz").person("a1", "Jeremy Ortiz")
                .person("a2", "Maurice Cheeks").person("a2", "Mo Cheeks").person("a3", "Mo Cheeks")
                .person("a4", "Betty Page").person("a4", "Bettie Page").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactlyInAnyOrder("Jerry Ortiz", "Jeremy Ortiz",
                "Mo Cheeks", "Bettie Page");
    }

    @Test
    void familyNameOpeningWithACapitalisedParticleJoinsThePersonWithThatFamilyName() {
        EntityIndex index = new Mentions().person("a1", "Herman Van Rompuy").person("a1", "Van Rompuy")
                .person("a2", "Van Jones").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactlyInAnyOrder("Herman Van Rompuy", "Van Jones");
        assertThat(named(index, "Herman Van Rompuy").variants()).contains("Van Rompuy");
    }

    @Test
    void sharedSurnameOfTwoPeopleJoinsNeither() {
        Mentions m = new Mentions().person("a1", "Bjørn Arild Gram").person("a2", "Tom Gram").person("a3", "Gram");
        EntityIndex index = m.resolve();
        Entity bjorn = named(index, "Bjørn Arild Gram");
        Entity tom = named(index, "Tom Gram");
        assertThat(bjorn.mentions()).isEqualTo(1);
        assertThat(tom.mentions()).isEqualTo(1);
        Entity lone = index.entityOf(m.get(2)).orElseThrow();
        assertThat(lone).isNotEqualTo(bjorn).isNotEqualTo(tom);
        assertThat(lone.name()).isEqualTo("Gram");
        assertThat(lone.type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void surnameOfUnknownPersonIsItsOwnEntity() {
        Mentions m = new Mentions().person("a1", "Mark Rutte").person("a2", "Shoigu");
        EntityIndex index = m.resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactlyInAnyOrder("Mark Rutte", "Shoigu");
        assertThat(index.entityOf(m.get(1)).orElseThrow().mentions()).isEqualTo(1);
    }

    @Test
    void surnameSpellingsOfUnknownPersonJoin() {
        EntityIndex index = new Mentions().person("a1", "Shoigu").person("a2", "Shoygu").person("a3", "Shoigu").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("Shoigu");
        assertThat(named(index, "Shoigu").variants()).containsExactly("Shoigu", "Shoygu");
    }

    @Test
    void differentSurnamesOfUnknownPeopleStayApart() {
        EntityIndex index = new Mentions().person("a1", "Harris").person("a2", "Morris").person("a3", "Gram")
                .person("a3", "Grim").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactlyInAnyOrder("Harris", "Morris", "Gram", "Grim");
    }

    @Test
    void surnameTaggedAsPlaceJoinsPersonWithThatFullName() {
        Mentions m = new Mentions().person("a1", "Volodymyr Zelenskyy").place("a2", "Zelenskyi");
        EntityIndex index = m.resolve();
        assertThat(index.entities()).hasSize(1);
        Entity z = index.entities().get(0);
        assertThat(z.name()).isEqualTo("Volodymyr Zelenskyy");
        assertThat(z.type()).isEqualTo(EntityType.PERSON);
        assertThat(index.entityOf(m.get(1))).contains(z);
    }

    @Test
    void surnameTaggedAsPlaceWithoutFullNameStaysAPlace() {
        EntityIndex index = new Mentions().place("a1", "Zelenskyi").resolve();
        assertThat(names(index, EntityType.PLACE)).containsExactly("Zelenskyi");
        assertThat(names(index, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aliasesJoinAsOnePlaceEvenWhenTaggedPerson() {
        EntityIndex index = new Mentions().place("a1", "Kyiv").person("a2", "Kiev").place("a3", "Kiev").resolve();
        assertThat(index.entities()).hasSize(1);
        Entity kyiv = index.entities().get(0);
        assertThat(kyiv.name()).isEqualTo("Kyiv");
        assertThat(kyiv.type()).isEqualTo(EntityType.PLACE);
        assertThat(kyiv.variants()).containsExactlyInAnyOrder("Kyiv", "Kiev");
        assertThat(kyiv.mentions()).isEqualTo(3);
    }

    @Test
    void aliasCanonicalNameIsUsedEvenWhenNeverWritten() {
        EntityIndex index = new Mentions().place("a1", "Kiev").place("a2", "Kiev").resolve();
        Entity kyiv = named(index, "Kyiv");
        assertThat(kyiv.variants()).containsExactly("Kyiv", "Kiev");
        assertThat(kyiv.mentions()).isEqualTo(2);
    }

    @Test
    void aliasWinsOverPersonSurname() {
        EntityIndex index = new Mentions().person("a1", "George Washington").place("a2", "Washington").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("George Washington");
        assertThat(names(index, EntityType.PLACE)).containsExactly("Washington");
    }

    @Test
    void acronymFromAliasTableJoinsFullName() {
        EntityIndex index = new Mentions().org("a1", "EU").org("a2", "European Union").org("a3", "E.U.").resolve();
        assertThat(index.entities()).extracting(Entity::name).containsExactly("European Union");
        assertThat(index.entities().get(0).type()).isEqualTo(EntityType.ORG);
        assertThat(index.entities().get(0).mentions()).isEqualTo(3);
    }

    @Test
    void acronymJoinsTheOneNameWithThoseInitials() {
        EntityIndex index = new Mentions().org("a1", "IMF").org("a2", "International Monetary Fund").resolve();
        assertThat(index.entities()).extracting(Entity::name).containsExactly("International Monetary Fund");
        assertThat(index.entities().get(0).variants()).containsExactlyInAnyOrder("IMF", "International Monetary Fund");
    }

    @Test
    void nameAnAcronymStandsForIsShownThoughTheAcronymIsWrittenMoreOften() {
        EntityIndex index = new Mentions().org("a1", "Customs and Border Protection").org("a1", "CBP").org("a1", "CBP")
                .org("a2", "CBP").resolve();
        assertThat(index.entities()).extracting(Entity::name).containsExactly("Customs and Border Protection");
    }

    @Test
    void acronymOfTwoNamesJoinsNeither() {
        EntityIndex index = new Mentions().org("a1", "SA").place("a2", "South Africa").place("a3", "Saudi Arabia")
                .resolve();
        assertThat(index.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("SA", "South Africa", "Saudi Arabia");
    }

    @Test
    void companySuffixesAndPossessivesJoinOneOrganisation() {
        EntityIndex index = new Mentions().org("a1", "Kongsberg Gruppen").org("a2", "Kongsberg Group")
                .org("a3", "Kongsberg").org("a3", "Kongsberg Group's").resolve();
        assertThat(index.entities()).hasSize(1);
        Entity k = index.entities().get(0);
        assertThat(k.type()).isEqualTo(EntityType.ORG);
        assertThat(k.mentions()).isEqualTo(4);
        assertThat(k.variants()).containsExactlyInAnyOrder("Kongsberg Gruppen", "Kongsberg Group", "Kongsberg");
    }

    @Test
    void differentOrganisationsStayApart() {
        EntityIndex index = new Mentions().org("a1", "Kongsberg Gruppen").org("a1", "Rheinmetall")
                .org("a2", "European Commission").org("a2", "European Council").resolve();
        assertThat(index.entities()).hasSize(4);
    }

    @Test
    void typeIsTheMajorityOfTags() {
        EntityIndex orgs = new Mentions().place("a1", "Kongsberg").place("a2", "Kongsberg")
                .org("a3", "Kongsberg Gruppen").org("a4", "Kongsberg Group").org("a5", "Kongsberg").resolve();
        assertThat(orgs.entities()).extracting(Entity::type).containsExactly(EntityType.ORG);
        EntityIndex places = new Mentions().place("a1", "Bucha").org("a2", "Bucha").place("a3", "Bucha").resolve();
        assertThat(places.entities()).extracting(Entity::type).containsExactly(EntityType.PLACE);
    }

    @Test
    void variantsArticlesAndMentionCountsAreKept() {
        EntityIndex index = new Mentions().person("a2", "Mark Rutte").person("a2", "Rutte").person("a1", "Rutte")
                .person("a3", "Mark Rutte").person("a3", "Rutte").resolve();
        Entity rutte = named(index, "Mark Rutte");
        assertThat(rutte.variants()).containsExactly("Rutte", "Mark Rutte");
        assertThat(rutte.articles()).containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(rutte.mentions()).isEqualTo(5);
    }

    @Test
    void possessiveIsNotPartOfTheVariant() {
        EntityIndex index = new Mentions().person("a1", "Mark Rutte").person("a2", "Mark Rutte's").resolve();
        assertThat(named(index, "Mark Rutte").variants()).containsExactly("Mark Rutte");
    }

    @Test
    void mostFrequentRoleIsChosen() {
        EntityIndex index = new Mentions().person("a1", "Mark Rutte", "NATO chief")
                .person("a2", "Mark Rutte", "NATO Secretary General").person("a3", "Rutte", "NATO Secretary General")
                .person("a4", "Rutte").resolve();
        Entity rutte = named(index, "Mark Rutte");
        assertThat(rutte.role()).isEqualTo("NATO Secretary General");
        assertThat(index.roles(rutte)).containsExactly("NATO chief", "NATO Secretary General");
    }

    @Test
    void roleSharingMostWordsWinsATie() {
        EntityIndex index = new Mentions().person("a1", "Mark Rutte", "NATO chief")
                .person("a2", "Mark Rutte", "NATO Secretary General").person("a3", "Mark Rutte", "Secretary General")
                .resolve();
        assertThat(named(index, "Mark Rutte").role()).isEqualTo("NATO Secretary General");
    }

    @Test
    void entityWithoutTitleHasNoRole() {
        EntityIndex index = new Mentions().person("a1", "Mark Rutte").org("a1", "NATO").resolve();
        assertThat(named(index, "Mark Rutte").role()).isNull();
        assertThat(named(index, "NATO").role()).isNull();
        assertThat(index.roles(named(index, "Mark Rutte"))).isEmpty();
    }

    @Test
    void entitiesAreOrderedByMentionsThenName() {
        EntityIndex index = new Mentions().org("a1", "NATO").person("a1", "Mark Rutte").place("a1", "Brussels")
                .org("a2", "NATO").person("a2", "Rutte").org("a3", "NATO").resolve();
        assertThat(index.entities()).extracting(Entity::name).containsExactly("NATO", "Mark Rutte", "Brussels");
    }

    @Test
    void everyMentionResolvesToAnEntity() {
        Mentions m = new Mentions().person("a1", "Mark Rutte").org("a1", "NATO").place("a1", "Kiev")
                .person("a2", "Gram").person("a2", "Tom Gram");
        EntityIndex index = m.resolve();
        for (int i = 0; i < m.all().size(); i++) {
            assertThat(index.entityOf(m.get(i))).as(m.get(i).text()).isPresent();
        }
    }

    @Test
    void noMentionsGiveNoEntities() {
        assertThat(new EntityResolver().resolve(List.of()).entities()).isEmpty();
    }

    @Test
    void firstNamesOfDifferentGendersAreDifferentPeople() {
        EntityIndex rossi = new Mentions().person("a1", "Mario Rossi").person("a1", "Maria Rossi").resolve();
        assertThat(names(rossi, EntityType.PERSON)).containsExactlyInAnyOrder("Mario Rossi", "Maria Rossi");
        EntityIndex schmidt = new Mentions().person("a1", "Emil Schmidt").person("a1", "Emily Schmidt").resolve();
        assertThat(names(schmidt, EntityType.PERSON)).containsExactlyInAnyOrder("Emil Schmidt", "Emily Schmidt");
    }

    @Test
    void differentMiddleInitialsAreDifferentPeople() {
        EntityIndex index = new Mentions().person("a1", "George W. Bush").person("a1", "George H. W. Bush").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactlyInAnyOrder("George W. Bush", "George H. W. Bush");
    }

    @Test
    void initialDoesNotBridgeTwoPeople() {
        EntityIndex index = new Mentions().person("a1", "Julianne Smith").person("a2", "J. Smith")
                .person("a3", "John Smith").resolve();
        assertThat(names(index, EntityType.PERSON)).contains("Julianne Smith", "John Smith");
    }

    @Test
    void exactSurnameWinsOverSpellingVariantOfAnother() {
        Mentions m = new Mentions().person("a1", "Olaf Scholz").person("a1", "Martin Schulz").person("a2", "Scholz");
        EntityIndex index = m.resolve();
        assertThat(index.entityOf(m.get(2))).contains(named(index, "Olaf Scholz"));
    }

    @Test
    void placeNamedLikeASurnameStaysAPlace() {
        EntityIndex index = new Mentions().person("a1", "Jim Jordan").place("a2", "Jordan").place("a3", "Jordan")
                .resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("Jim Jordan");
        assertThat(names(index, EntityType.PLACE)).containsExactly("Jordan");
    }

    @Test
    void surnameTaggedAsAnOrganisationAfterTheFullNameInTheArticleIsThePerson() {
        Mentions m = new Mentions().person("a1", "Kristi Noem").org("a1", "Noem").org("a1", "Noem");
        EntityIndex index = m.resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("Kristi Noem");
        assertThat(names(index, EntityType.ORG)).isEmpty();
        assertThat(index.entityOf(m.get(2))).contains(named(index, "Kristi Noem"));
    }

    @Test
    void surnameTaggedAsAnOrganisationStaysTheCompanyWhenTheStoryWritesItInACompanyName() {
        Mentions m = new Mentions().org("a1", "Ford Motor Co.").person("a1", "Bill Ford").org("a1", "Ford");
        EntityIndex index = m.resolve();
        assertThat(index.entityOf(m.get(2)).orElseThrow().type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void surnameTaggedAsAnOrganisationBeforeAnyFullNameIsNotJoined() {
        Mentions m = new Mentions().org("a1", "Noem").person("a1", "Kristi Noem");
        EntityIndex index = m.resolve();
        assertThat(index.entityOf(m.get(0)).orElseThrow().type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void possessiveSurnameJoinsThePerson() {
        Mentions m = new Mentions().person("a1", "Mark Rutte").person("a2", "Rutte’s");
        EntityIndex index = m.resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactly("Mark Rutte");
    }

    @Test
    void surnameJoinsThePersonItsOwnArticleNamesInFull() {
        Mentions m = new Mentions().person("a1", "Jerry Ortiz").person("a1", "Ortiz").person("a2", "Chela Ortiz")
                .person("a2", "Ortiz").person("a3", "Ortiz");
        EntityIndex index = m.resolve();
        assertThat(index.entityOf(m.get(1))).contains(named(index, "Jerry Ortiz"));
        assertThat(index.entityOf(m.get(3))).contains(named(index, "Chela Ortiz"));
        Entity lone = index.entityOf(m.get(4)).orElseThrow();
        assertThat(lone.name()).isEqualTo("Ortiz");
        assertThat(lone.mentions()).isEqualTo(1);
    }

    @Test
    void surnameOfFatherAndSonInOneArticleStaysUnresolved() {
        Mentions m = new Mentions().person("a1", "Fred LaRue").person("a1", "Ike LaRue").person("a1", "LaRue")
                .person("a1", "LaRue");
        EntityIndex index = m.resolve();
        assertThat(named(index, "Fred LaRue").mentions()).isEqualTo(1);
        assertThat(named(index, "Ike LaRue").mentions()).isEqualTo(1);
        assertThat(index.entityOf(m.get(2)).orElseThrow().name()).isEqualTo("LaRue");
    }

    @Test
    void courtesyTitleTellsWhichOfTwoNamesakes() {
        Mentions m = new Mentions().person("a1", "Kevin Gray").person("a1", "Mary Gray").person("a1", "Ms. Gray")
                .person("a1", "Mr. LaRue").person("a2", "Fred LaRue");
        EntityIndex index = m.resolve();
        assertThat(index.entityOf(m.get(2))).contains(named(index, "Mary Gray"));
        assertThat(named(index, "Fred LaRue").variants()).contains("Mr. LaRue");
    }

    @Test
    void firstNameAloneJoinsTheOnePersonOfItsArticle() {
        Mentions m = new Mentions().person("a1", "Ellen DeGeneres").person("a1", "Ellen").person("a2", "DeGeneres")
                .person("a2", "Ellen").person("a3", "Ellen");
        EntityIndex index = m.resolve();
        Entity ellen = named(index, "Ellen DeGeneres");
        assertThat(index.entityOf(m.get(1))).contains(ellen);
        assertThat(index.entityOf(m.get(3))).contains(ellen);
        assertThat(index.entityOf(m.get(4)).orElseThrow()).isNotEqualTo(ellen);
    }

    @Test
    void longerAndShorterFormsOfOneNameJoin() {
        EntityIndex index = new Mentions().person("a1", "Fred LaRue").person("a2", "Frederick Cheney LaRue")
                .person("a3", "Arcade Joseph Comeaux Jr.").person("a4", "Joseph Comeaux")
                .person("a5", "Wladimir Klitschko").person("a6", "Klistchko").person("a7", "Gaetano Lo Presti")
                .person("a8", "Lo Presti").resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactlyInAnyOrder("Frederick Cheney LaRue",
                "Arcade Joseph Comeaux Jr.", "Wladimir Klitschko", "Gaetano Lo Presti");
        assertThat(named(index, "Frederick Cheney LaRue").variants()).contains("Fred LaRue");
    }

    @Test
    void middleNameUsedAsFirstJoinsUnlessAJuniorSharesIt() {
        EntityIndex alone = new Mentions().person("a1", "W. Mark Felt").person("a2", "Mark Felt").resolve();
        assertThat(alone.entities()).hasSize(1);
        EntityIndex withSon = new Mentions().person("a1", "W. Mark Felt").person("a2", "Mark Felt")
                .person("a3", "Mark Felt Jr.").resolve();
        assertThat(names(withSon, EntityType.PERSON)).containsExactlyInAnyOrder("W. Mark Felt", "Mark Felt",
                "Mark Felt Jr.");
    }

    @Test
    void familyNameWrittenAloneBeforeARelativeComesInIsThePersonNamedFirst() {
        Mentions m = new Mentions().person("a1", "Frederick C. LaRue").person("a1", "LaRue")
                .person("a1", "Ike Parsons LaRue").person("a1", "LaRue");
        EntityIndex index = m.resolve();
        Entity fred = named(index, "Frederick C. LaRue");
        assertThat(index.entityOf(m.get(1))).contains(fred);
        assertThat(index.entityOf(m.get(3))).contains(fred);
        assertThat(index.passOf(m.get(3))).contains(ResolutionPass.SURNAME_ESTABLISHED);
        assertThat(index.entityOf(m.get(2)).orElseThrow()).isNotEqualTo(fred);
    }

    @Test
    void familyNameWrittenAloneOnlyAfterTwoRelativesStaysUnresolved() {
        Mentions m = new Mentions().person("a1", "Frederick C. LaRue").person("a1", "Ike Parsons LaRue")
                .person("a1", "LaRue");
        EntityIndex index = m.resolve();
        assertThat(index.entityOf(m.get(2)).orElseThrow().name()).isEqualTo("LaRue");
    }

    @Test
    void differentSuffixesAreDifferentPeople() {
        EntityIndex index = new Mentions().person("a1", "Ike Parsons LaRue Sr.").person("a1", "Ike LaRue III")
                .resolve();
        assertThat(index.entities()).hasSize(2);
    }

    @Test
    void nicknameInQuotesBeatsAPetFormOfAnotherName() {
        EntityIndex index = new Mentions().person("a1", "Luis Gerardo \"Jerry\" Ortiz").person("a2", "Jerry Ortiz")
                .person("a3", "Jeremy Ortiz").resolve();
        assertThat(index.entities()).hasSize(2);
        assertThat(named(index, "Jeremy Ortiz").mentions()).isEqualTo(1);
    }

    @Test
    void familyNameWrittenFirstIsTheSurname() {
        Mentions m = new Mentions().person("a1", "Xi Jinping").person("a2", "Xi").person("a3", "Moon Jae-in")
                .person("a3", "Moon").person("a4", "Kim Kardashian").person("a5", "Kardashian");
        EntityIndex index = m.resolve();
        assertThat(names(index, EntityType.PERSON)).containsExactlyInAnyOrder("Xi Jinping", "Moon Jae-in",
                "Kim Kardashian");
    }

    @Test
    void shortAndLongFormsOfOrganisationsAndPlacesJoin() {
        EntityIndex index = new Mentions().place("a1", "Boston").org("a1", "Boston Red Sox").org("a2", "Red Sox")
                .place("a3", "Mediterranean").place("a4", "Mediterranean Sea")
                .org("a5", "Academy").org("a5", "Academy of Motion Picture Arts and Sciences")
                .org("a6", "Central Elections Commission").org("a7", "Central Election Commission").resolve();
        assertThat(index.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Boston", "Boston Red Sox",
                "Mediterranean Sea", "Academy of Motion Picture Arts and Sciences", "Central Elections Commission");
    }

    @Test
    void placeAndItsInstitutionStayApart() {
        EntityIndex index = new Mentions().place("a1", "Surrey").org("a2", "Surrey Police").place("a3", "Jacksonville")
                .place("a4", "Jacksonville Municipal Stadium").org("a5", "Red Sox").org("a5", "Seattle Red Sox")
                .resolve();
        assertThat(index.entities()).hasSize(6);
    }

    @Test
    void nameTaggedAsOrganisationJoinsThePersonOfThatName() {
        EntityIndex index = new Mentions().person("a1", "Peyton Manning").org("a2", "Peyton Manning")
                .person("a3", "Manning").resolve();
        assertThat(index.entities()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.mentions()).isEqualTo(3);
        });
    }

    @Test
    void everyMentionKnowsThePassThatJoinedIt() {
        Mentions m = new Mentions().person("a1", "Jerry Ortiz").person("a1", "Ortiz").person("a2", "Ortiz")
                .person("a3", "Jerry").person("a3", "Jerry Ortiz").person("a4", "Gerald Ortiz")
                .org("a1", "Boston Red Sox").place("a1", "Boston").org("a2", "Red Sox");
        EntityIndex index = m.resolve();
        assertThat(index.passOf(m.get(0))).contains(ResolutionPass.FULL_NAME);
        assertThat(index.passOf(m.get(1))).contains(ResolutionPass.SURNAME_IN_ARTICLE);
        assertThat(index.passOf(m.get(2))).contains(ResolutionPass.SURNAME_IN_STORY);
        assertThat(index.passOf(m.get(3))).contains(ResolutionPass.FIRST_NAME_IN_ARTICLE);
        assertThat(index.passOf(m.get(5))).contains(ResolutionPass.LONGER_FORM);
        assertThat(index.passOf(m.get(8))).contains(ResolutionPass.SHORT_FORM);
    }

    @Test
    void lastWordOfTheOneTeamNameJoinsItOnceItsFormsAreJoined() {
        EntityIndex index = new Mentions().org("a1", "Red Sox").org("a1", "Boston Red Sox").place("a1", "Boston")
                .org("a2", "Sox").org("a3", "Herald").org("a3", "Boston Herald").org("a3", "Miami Herald").resolve();
        assertThat(index.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("Boston Red Sox", "Boston", "Herald", "Boston Herald", "Miami Herald");
    }

    @Test
    void acronymWithinANameCountsAllItsLetters() {
        EntityIndex index = new Mentions().org("a1", "Central Election Commission").org("a1", "CIS Executive Committee")
                .org("a2", "CEC").resolve();
        assertThat(index.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("Central Election Commission", "CIS Executive Committee");
    }

    @Test
    void clippedNameJoinsTheOneNameItClipsButAWordThatMerelyStartsOneDoesNot() {
        EntityIndex index = new Mentions().org("a1", "Jacksonville Jaguars").org("a2", "Jags").place("a3", "California")
                .place("a4", "Calif.").org("a5", "Reliance Globalcom").org("a6", "Global").resolve();
        assertThat(index.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Jacksonville Jaguars",
                "California", "Reliance Globalcom", "Global");
    }
}
