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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Not being able to put up with something is disliking it ({@link Tolerance}). Sentences written
 * for this test, not taken from any evaluation set.
 */
class ToleranceTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final RuleResolver resolver = new RuleResolver();

  private Decision decide(String existing, String incoming, double cosine) {
    return resolver.resolve(
        incoming, List.of(new Candidate(Memories.memory("u", existing, NOW).build(), cosine)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User can't stand jazz",
        "User cannot bear jazz",
        "User couldn't stomach jazz",
        "User does not like jazz",
      })
  void notPuttingUpWithItIsNotLikingIt(String statement) {
    Statement s = Statement.parse(statement);
    assertThat(s.negative()).isTrue();
    assertThat(s.content()).containsExactly(Lexicon.canonical("like"), "jazz");
  }

  @ParameterizedTest
  @ValueSource(strings = {"User can stand on one leg", "User does not stand near the door"})
  void standingIsNotLiking(String statement) {
    assertThat(Statement.parse(statement).content()).doesNotContain(Lexicon.canonical("like"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User can't stand mushrooms | User hates mushrooms",
        "User cannot bear mushrooms | User dislikes mushrooms",
      })
  void sayTheSameAsHatingIt(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {"User can't stand mushrooms | User loves mushrooms now"})
  void lovingItNowReplacesIt(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.7);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }
}
