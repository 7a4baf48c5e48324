package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.NumberWords;
import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.evolve.Resolver.Decision;
import dev.engram.memory.testing.Memories;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 15's rules: numbers written in words, an age however it is worded, a quantity replaced
 * under a many-valued predicate, fears as many-valued, verbs of refraining and words with a
 * negating prefix as negations. Sentences written for this test, not taken from any evaluation set.
 */
class ValuesAndAbstentionsTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final RuleResolver resolver = new RuleResolver();

  private Action decide(String existing, String incoming) {
    Decision d =
        resolver.resolve(
            incoming, List.of(new Candidate(Memories.memory("u", existing, NOW).build(), 0.8)));
    return d.action();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User has fifteen cousins | User has 15 cousins",
        "User's grandmother is ninety-two | User's grandmother is 92",
        "User's bookshelf holds forty-one cookbooks | User's bookshelf holds 41 cookbooks"
      })
  void aNumberWrittenInWordsIsTheNumber(String existing, String incoming) {
    assertThat(decide(existing, incoming)).isEqualTo(Action.REINFORCE);
  }

  @Test
  void onlyWholeTensTakeAUnitAfterAHyphen() {
    assertThat(NumberWords.digits("sixty-three")).isEqualTo("63");
    assertThat(NumberWords.digits("seventeen")).isEqualTo("17");
    assertThat(NumberWords.digits("ten-two")).isNull();
    assertThat(NumberWords.digits("twenty-something")).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's nephew is 12 | User's nephew turned 13 in August",
        "User is 58 | User turns 59 next month",
        "User's niece is eleven | User's niece is 12 years old"
      })
  void anAgeWordedOtherwiseIsStillTheAgeReplaced(String existing, String incoming) {
    assertThat(decide(existing, incoming)).isEqualTo(Action.UPDATE);
  }

  @Test
  void anAgeWithAndWithoutYearsOldIsOneStatement() {
    assertThat(decide("User is 52 years old", "User is fifty-two")).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User's credit score is 710",
        "User's blood pressure is 125/80",
        "User ran 12 miles on Sunday"
      })
  void aNumberOfSomethingElseIsNoAge(String statement) {
    assertThat(Statement.parse(statement).content()).doesNotContain(Statement.AGE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's Netflix subscription costs 12 dollars a month | User's Netflix subscription costs"
            + " 15 dollars a month",
        "User rents a garage for 90 euros a month | User rents a garage for 95 euros a month",
        "User speaks 3 languages | User speaks 4 languages"
      })
  void aQuantityReplacedUnderAManyValuedPredicateIsAConflict(String existing, String incoming) {
    assertThat(decide(existing, incoming)).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User visited Porto in 2018 | User visited Porto in 2023",
        "User booked room 214 for the conference | User booked room 315 for the conference"
      })
  void aTimeOrAnIdentifierUnderAManyValuedPredicateIsStillAnotherEvent(
      String existing, String incoming) {
    assertThat(decide(existing, incoming)).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is scared of wasps | User is scared of deep water",
        "User is terrified of clowns | User is terrified of public speaking"
      })
  void aFearOfOneThingIsNoFearOfAnotherReplaced(String existing, String incoming) {
    assertThat(decide(existing, incoming)).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User doesn't drink caffeine | User avoids caffeine",
        "User never eats red meat | User abstains from red meat",
        "User's husband doesn't smoke | User's husband is a nonsmoker"
      })
  void aVerbOfRefrainingOrANonWordIsANegation(String existing, String incoming) {
    assertThat(decide(existing, incoming)).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User doesn't like olives | User dislikes olives",
        "User's brother is not married | User's brother is unmarried"
      })
  void aWordWithANegatingPrefixIsItsBaseNegated(String existing, String incoming) {
    assertThat(decide(existing, incoming)).isEqualTo(Action.REINFORCE);
  }

  @Test
  void oneWordNegatedIsItsOpposite() {
    assertThat(decide("User hates jogging", "User dislikes jogging")).isEqualTo(Action.REINFORCE);
  }

  @Test
  void aPrefixedWordStillContradictsItsBase() {
    assertThat(decide("User likes olives", "User dislikes olives")).isEqualTo(Action.UPDATE);
  }

  @Test
  void doingWhatWasAvoidedReplacesIt() {
    assertThat(decide("User avoids sugar", "User eats sugar again now")).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User has a spare bedroom",
        "User leaves work at 6",
        "User has fast internet",
        "User works at a nonprofit",
        "User is left-handed",
        "User shops at a discount store",
        "User understands Greek"
      })
  void wordsThatDoNotRefrainLeaveAStatementPositive(String statement) {
    assertThat(Statement.parse(statement).negative()).isFalse();
  }
}
