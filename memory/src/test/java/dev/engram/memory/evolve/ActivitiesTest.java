package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.evolve.Resolver.Decision;
import dev.engram.memory.testing.Memories;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One who does an activity and the activity are one word ({@link Activities}). Sentences written
 * for this test, not taken from any evaluation set.
 */
class ActivitiesTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final RuleResolver resolver = new RuleResolver();

  private Decision decide(String existing, String incoming, double cosine) {
    return resolver.resolve(
        incoming, List.of(new Candidate(Memories.memory("u", existing, NOW).build(), cosine)));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"cyclist, cycling", "swimming, swimmer", "skier, skiing", "hiker, hiking"})
  void aDoerAndTheirActivity(String a, String b) {
    assertThat(Activities.doerAndActivity(a, b)).isTrue();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "cyclist, swimming",
    "cyclist, cyclist",
    "cycling, swimming",
    "swimmer, pool",
    "teacher, cycling",
    "baker, baking"
  })
  void otherPairsAreNot(String a, String b) {
    assertThat(Activities.doerAndActivity(a, b)).isFalse();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is a keen skier | User loves skiing",
        "User is a keen hiker | User loves hiking",
      })
  void beingOneWhoDoesItAndLovingItSayTheSame(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is a keen skier | User loves hiking",
        "User's son is a swimmer | User loves swimming",
      })
  void anotherActivityOrAnotherPersonIsAnotherFact(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }
}
