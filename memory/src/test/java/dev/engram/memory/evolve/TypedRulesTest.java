package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classes of miss of issue #13, one rule each: statements that differ by an identifier or a
 * time are distinct events; statements about other people are distinct; another relation over the
 * same value is no conflict; a new value of a single-valued attribute replaces the old one.
 * Sentences written for this test, not taken from any evaluation set.
 */
class TypedRulesTest {

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ravi note 41 about kettle lantern pebble orchard velvet | Ravi note 42 about kettle lantern"
            + " pebble orchard velvet",
        "User returned parcel 88213 to the store | User returned parcel 88290 to the store",
        "User's reservation HX4471 is for two nights | User's reservation HX4502 is for two nights",
        "User has a vet appointment on Friday | User has a vet appointment on Tuesday",
        "User ran a half marathon in 2021 | User ran a half marathon in 2024",
        "User flew to Lima in February | User flew to Lima in November",
      })
  void statementsDifferingByAnIdentifierOrATimeAreDistinctEvents(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.95);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's nephew is called Theo | User's godson is called Theo",
        "User's grandmother lives in Krakow | User's neighbor lives in Krakow",
        "User's sister teaches math | User's cousin teaches math",
        "User rides horses | User's daughter rides horses",
        "User's son is learning to swim | User's daughter is learning to swim",
        "User's colleague Dana plays squash | User's colleague Omar plays squash",
      })
  void statementsAboutOtherPeopleAreDistinct(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Alice is allergic to peanuts | Alice cannot eat peanuts",
        "User is intolerant to gluten | User does not eat gluten",
        "User owns a kayak | User never paddles the kayak",
      })
  void anotherRelationOverTheSameValueNeverSupersedes(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.85);
    assertThat(d.action()).as(d.reason()).isNotIn(Action.UPDATE, Action.DELETE);
  }

  @Test
  void anotherWordForTheRelationIsAParaphraseWhenCloseInMeaning() {
    assertThat(decide("User is scared of spiders", "The user has a fear of spiders", 0.86).action())
        .isEqualTo(Action.REINFORCE);
    assertThat(decide("User is scared of spiders", "The user has a fear of spiders", 0.6).action())
        .isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's mobile number is 0612 345 678 | User's mobile number is 0687 111 222",
        "User's birthday is on 12 May | User's birthday is on 30 September",
        "User is 41 years old | User is 42 years old",
        "User lives in Ghent | In Antwerp is where the user lives",
      })
  void aNewValueOfASingleValuedAttributeReplacesTheOldOne(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @Test
  void aChangeWordStillMovesAnEvent() {
    Decision d =
        decide("User's dentist visit is on Monday", "The dentist visit moved to Friday", 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  // session 10: rules of the typed resolver (sentences written for this test)

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's son is 4 years old | User's son is 5 years old",
        "User's grandfather is 90 | User's grandfather is 91",
      })
  void aNumberAfterARelationNounIsNotAnotherPersonsName(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.93);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's horse is called Pepper | User's rabbit is called Pepper",
        "User's kitchen is painted yellow | User's garage is painted yellow",
        "User's truck is parked at the station | User's bicycle is parked at the station",
      })
  void differentKindsOfThingSharingANameOrValueAreDistinct(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.86);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's automobile is blue | User's car is blue",
        "User is frightened of dogs | User has a fear of dogs",
      })
  void theHeadNounRuleLeavesSynonymsAndAbstractWordsAlone(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.86);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User bought a kettle | User bought a desk lamp",
        "User ordered sushi for dinner | User ordered a burger for dinner",
        "User booked a room at the Hilton | User booked a room at the Marriott",
        "User rented a kayak at the lake | User rented a bicycle at the lake",
      })
  void eachTransactionIsAnEventOfItsOwn(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.88);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @Test
  void aChangeWordStillReplacesATransaction() {
    Decision d =
        decide("User booked a flight to Oslo", "User booked a flight to Bergen instead", 0.88);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's sister runs a bakery | User's sister sings in a choir",
        "User's father repairs old clocks | User's father grows tomatoes",
      })
  void theSamePersonDoingAnotherThingIsAnotherFact(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's sister is named Clara | User's sister is named Ines",
        "User's father lives in Leeds | User's father lives in York",
      })
  void aValueOfTheSamePersonsAttributeIsStillReplaced(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's son is in 2nd grade | User's son is in 3rd grade",
        "User parks on the 4th level | User parks on the 6th level",
      })
  void anOrdinalIsAPositionReplacedNotAnEventIdentifier(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's son plays the cello | The user's boy plays the cello",
        "User has three daughters | The user has 3 girls",
      })
  void aRelationNounAndAWordForItsFirstSenseAreOnePerson(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's brother collects stamps | User's friend collects stamps",
        "User's mother is a teacher | User's aunt is a teacher",
      })
  void relationNounsOfOtherFirstSensesStayOtherPeople(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User has lunch with Marco on Friday | User has lunch with Elena on Friday",
        "User has a job interview with Adobe next week | User has a job interview with Stripe next"
            + " week",
      })
  void anEventWithOtherPeopleIsAnotherEvent(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's favourite dinner is lasagne | User's favourite dinner is ramen",
        "User has a meeting with Dana on Monday | User's meeting with Dana moved to Tuesday",
      })
  void aFavouriteOrAMovedEventIsStillReplaced(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User pays for a Peloton subscription | User pays for a Duolingo subscription",
        "User is a member of the rowing club | User is a member of the chess club",
      })
  void subscriptionsAndMembershipsAreManyValued(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @Test
  void aSubscriptionWordedAsAVerbIsTheSameSubscription() {
    Decision d =
        decide("User subscribes to The Atlantic", "User has a subscription to The Atlantic", 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @Test
  void aPlanIsStillOneValue() {
    Decision d = decide("User's Netflix plan is Standard", "User's Netflix plan is Premium", 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User went camping with Lena last summer | User went camping with Kofi last summer",
        "User went sailing with Ingrid in June | User went sailing with Pablo in June",
      })
  void somethingDoneWithAnotherPersonIsAnotherOuting(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @Test
  void whoTheUserLivesWithIsStillOneValue() {
    Decision d = decide("User lives with Tomasz", "User lives with Ana", 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @Test
  void aWordForTheFirstSenseOfAnotherIsTheSameThing() {
    Decision d = decide("User's building has a lift", "The user's building has an elevator", 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User has two stepkids | The user has 2 stepchildren",
        "User teaches schoolkids to swim | The user teaches schoolchildren to swim",
      })
  void compoundsWithTheSameFirstPartAndSecondPartsOfOneMeaningAreOneWord(
      String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @Test
  void compoundRelationNounsStayOtherPeople() {
    Decision d =
        decide("User's grandmother lives in Lyon", "User's grandfather lives in Lyon", 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @Test
  void aCountryAndItsAdjectiveAreOneValue() {
    Decision d = decide("User is from Japan", "The user is Japanese", 0.85);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @Test
  void theOppositeOfAWordIsReadThroughTheLexicon() {
    Decision d = decide("User is unemployed", "User found work as a cashier", 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is a vegan | User eats dairy products",
        "User eats fish | User became a vegetarian last year",
        "User is retired | User works at a pharmacy",
      })
  void aStatementThatADefinitionDeniesReplacesIt(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @Test
  void aDefinitionDeniesOnlyWhatItNames() {
    Decision d = decide("User is retired", "User works out every morning", 0.6);
    assertThat(d.action()).as(d.reason()).isNotEqualTo(Action.UPDATE);
  }

  @Test
  void aNumberAfterIsIsAMeasureNotAnIdentifier() {
    Decision d = decide("User's credit score is 712", "User's credit score is 768", 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @Test
  void aCapitalizedChangeWordIsPartOfAName() {
    Decision d =
        decide("User supports the Boston Celtics", "User supports the New York Knicks", 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @Test
  void aLanguageIsNotItsCountryWhenMoreDiffers() {
    Decision d = decide("User often travels to Italy", "User often speaks Italian", 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @Test
  void eatingAKindOfWhatADefinitionNegatesDeniesIt() {
    Decision d = decide("User is a vegetarian", "User eats beef", 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @Test
  void aKindOfWhatADefinitionNegatesNeedsAWordOfTheDefinition() {
    Decision d = decide("User is a vegetarian", "User has a dog", 0.6);
    assertThat(d.action()).as(d.reason()).isNotEqualTo(Action.UPDATE);
  }
}
