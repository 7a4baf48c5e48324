package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A new value of a state said without the old statement's words ({@link StateChanges}): another
 * amount per the same period, an opposite value with a change word, a liking given up, decided
 * through the resolver; and the cases the rule leaves to the others (other people, other things
 * paid for, other periods or currencies, no change word, an additive word, a liking kept).
 * Sentences written for this test, not taken from any evaluation set.
 */
class StateChangesTest {
  private static void expect(String existing, String incoming, Action action) {
    Decision d = Decide.decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(action);
  }

  /** Whether this rule reads the incoming statement as replacing the existing one. */
  private static boolean replaces(String existing, String incoming) {
    Statement a = Statement.parse(existing);
    Statement b = Statement.parse(incoming);
    return StateChanges.replaced(a, b, Difference.of(a, b)).isPresent();
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's wage is 31,000 euros a year | User got a raise to €34,000 per year",
        "User makes 2,400 dollars a month | User got a raise and now makes 2,650 dollars a month",
        "User's salary is 40,000 pounds a year | User got a raise to £44,000 yearly",
        "User pays 650 euros a month for the flat | User's landlord raised the flat to 700 euros"
            + " a month",
        "User is paid 18 dollars an hour | User is paid 21 dollars an hour after the review",
      })
  void anotherAmountPerTheSamePeriodReplacesIt(String existing, String incoming) {
    expect(existing, incoming, Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // two things paid for, each its own amount
        "User spends 200 euros a month on groceries | User spends 45 euros a month on the gym",
        // another person's pay
        "User earns 30,000 pounds a year | User's sister earns 38,000 pounds a year",
        // other currencies, other periods
        "User earns 30,000 pounds a year | User earns 2,500 euros a year from the rented flat",
        "User pays 900 euros a month in rent | User pays 400 euros a year for insurance",
        // an additive word
        "User earns 500 dollars a week from tutoring | User also earns 300 dollars a week",
      })
  void otherAmountsAreNotOneState(String existing, String incoming) {
    assertThat(replaces(existing, incoming)).isFalse();
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is an introvert | User has become an extrovert since starting drama classes",
        "Lena works remotely | Lena now goes into the office every day",
        "User's blog is private | User made the blog public now",
      })
  void anOppositeValueWithAChangeWordReplacesIt(String existing, String incoming) {
    expect(existing, incoming, Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // no change word: two statements, perhaps of two days
        "User works remotely on Mondays | User commutes to the office by train",
        // another person
        "User works remotely | User's husband now commutes to the office",
      })
  void anOppositeValueWithoutChangeOrOfAnotherPersonIsNotOneState(
      String existing, String incoming) {
    assertThat(replaces(existing, incoming)).isFalse();
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User loves jazz concerts | User has lost interest in jazz and sold the tickets",
        "User enjoys crime novels | User finds crime novels boring these days",
      })
  void aLikingGivenUpReplacesIt(String existing, String incoming) {
    expect(existing, incoming, Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the liking stays, something else is disliked
        "User loves jazz | User loves jazz but hates loud clubs",
        // another person dislikes it
        "User loves horror films | User's son hates horror films",
        // a negation alone, of something else
        "User loves their work | User has not read that book yet",
        // "like" as a preposition
        "User felt like a new person after the trip | User hates long trips",
      })
  void aLikingKeptOrAnotherPersonsDislikeIsNotGivenUp(String existing, String incoming) {
    assertThat(replaces(existing, incoming)).isFalse();
  }
}
