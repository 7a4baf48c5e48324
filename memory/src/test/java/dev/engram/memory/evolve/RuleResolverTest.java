package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.evolve.Resolver.Decision;
import dev.engram.memory.testing.Memories;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule engine on general cases of every rule (not the development sentences). */
class RuleResolverTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final RuleResolver resolver = new RuleResolver();

  private Decision decide(String existing, String incoming) {
    return resolver.resolve(
        incoming, List.of(new Candidate(Memories.memory("u", existing, NOW).build(), 0.8)));
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User loves jazz music | The user enjoys jazz music",
        "User's cat is named Milo | The user has a cat called Milo",
        "User has three children | The user has 3 kids",
        "User is employed as a teacher | The user's occupation is teacher",
        "User prefers aisle seats | The user's favourite seats are aisle seats",
        "Customer is billed monthly | Customer pays monthly",
        "User is intolerant to lactose | The user has a lactose intolerance",
        "User lives in Berlin | User lives in Berlin",
        "Alice prefers express shipping | Alice's preferred shipping is express",
        "Customer prefers calls over emails | The customer would rather be contacted by phone than by email",
        "User's husband is called Tom | The user is married to Tom",
        "User's favourite season is autumn | The user likes autumn more than any other season",
        "User reads books in the evening | In the evening the user reads books",
        "User's favourite colour is red | Red is the user's favorite color",
        "User quit drinking alcohol | The user gave up drinking alcohol",
        "User is studying architecture | The user is an architecture student",
        "User has an allergy to cats | The user is allergic to cats",
        "User exercises every evening | Every evening the user works out",
        "User is a vegetarian | The user follows a vegetarian diet",
        "User goes swimming on Sundays | The user swims on Sundays",
      })
  void paraphrasesReinforce(String existing, String incoming) {
    Decision d = decide(existing, incoming);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
    assertThat(d.reason()).startsWith("same statement");
    assertThat(d.engine()).isEqualTo("rules");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's cat is named Milo | User's cat is named Oscar",
        "User lives in Berlin | User lives in Munich",
        "Gina lives in Berlin | Gina lives in Rome",
        "User has 2 children | User has 3 children",
        "User drives a Toyota | User's car is a Tesla",
        "User prefers aisle seats | User prefers window seats",
        "User prefers morning meetings | User prefers evening meetings",
        "User works at Google | User now works at Microsoft",
        "Customer's subscription is monthly | Customer switched to an annual subscription",
        "User likes coffee | User does not like coffee",
        "User smokes | User no longer smokes",
        "User's standup is on Monday | The standup was rescheduled to Wednesday",
        "User plays tennis every week | User stopped playing tennis",
        "User prefers cats to dogs | User prefers dogs to cats now",
        "User is introverted | User has become quite extroverted",
        "User works remotely | User works from the office since March",
        "User smokes | User quit smoking",
        "User eats meat | User gave up meat",
        "User's gym membership is active | User cancelled the gym membership",
      })
  void conflictsUpdate(String existing, String incoming) {
    Decision d = decide(existing, incoming);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
    assertThat(d.reason()).startsWith("conflict");
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User likes jazz | User likes hiking",
        "User speaks French | User also speaks German",
        "User is allergic to cats | User is allergic to pollen",
        "User has a dog named Bo | User has a parrot called Kiwi",
        "User works as a designer | User works at a startup in Berlin",
        "User lives in Berlin | User is learning the violin",
        "User has a daughter | User has another daughter",
        "User plays chess | User plays the piano",
        "User's aunt lives in Oslo | User's uncle lives in Bergen",
        "Kate adopted a dog | Kate's dog is named Luna",
        "Bob works night shifts at the hospital | Bob's cat is called Biscuit",
        "User drives to work | User's commute takes an hour",
      })
  void additionalFactsAdd(String existing, String incoming) {
    Decision d = decide(existing, incoming);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
    assertThat(d.targetId()).isNull();
  }

  @Test
  void aRewordingWithoutValuesReinforcesOnlyWhenCloseInMeaning() {
    String existing = "User wakes up early in the morning";
    String incoming = "The user is an early riser";
    Candidate close = new Candidate(Memories.memory("u", existing, NOW).build(), 0.85);
    Candidate far = new Candidate(Memories.memory("u", existing, NOW).build(), 0.6);

    assertThat(resolver.resolve(incoming, List.of(close)).action()).isEqualTo(Action.REINFORCE);
    assertThat(resolver.resolve(incoming, List.of(far)).action()).isEqualTo(Action.ADD);
    assertThat(
            resolver
                .resolve(
                    "User prefers window seats",
                    List.of(
                        new Candidate(
                            Memories.memory("u", "User prefers aisle seats", NOW).build(), 0.9)))
                .action())
        .as("one word replaced in place is a new value, however close")
        .isEqualTo(Action.UPDATE);
  }

  @Test
  void aRetractionDeletesTheMemoryItNames() {
    Decision d = decide("User lives in Berlin", "Forget that the user lives in Berlin");
    assertThat(d.action()).isEqualTo(Action.DELETE);
    assertThat(d.reason()).startsWith("retraction");
  }

  @Test
  void aStatementWithoutContentWordsIsSkipped() {
    assertThat(resolver.resolve("It is what it is", List.of()).action()).isEqualTo(Action.SKIP);
  }

  @Test
  void withoutCandidatesEverythingIsNew() {
    Decision d = resolver.resolve("User lives in Berlin", List.of());
    assertThat(d.action()).isEqualTo(Action.ADD);
    assertThat(d.reason()).isEqualTo("new: no similar memory");
  }

  @Test
  void theCandidateSharingMostOfTheAttributeIsTheOneReplaced() {
    Candidate pet =
        new Candidate(Memories.memory("u", "User's dog is called Bo", NOW).build(), 0.6);
    Candidate other =
        new Candidate(Memories.memory("u", "User walks the dog daily", NOW).build(), 0.7);
    Decision d = resolver.resolve("User's dog Bo was renamed to Ziggy", List.of(other, pet));
    assertThat(d.action()).isEqualTo(Action.UPDATE);
    assertThat(d.targetId()).isEqualTo(pet.memory().id());
    assertThat(d.reason()).contains("'ziggy' added").contains("renamed");
  }
}
