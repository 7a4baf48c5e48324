package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stages that follow each other in one process ({@link Stages}): the later stage of the same one
 * replaces the earlier. Sentences written for this test, not taken from any evaluation set.
 */
class StagesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's son Theo is in preschool | schooling | 0",
        "Theo goes to kindergarten | schooling | 1",
        "User's daughter is in Year 2 | schooling | 4",
        "Priya's boy started third grade | schooling | 5",
        "Order #2210 was dispatched this morning | order | 1",
        "The parcel is out for delivery | order | 2",
        "Order #2210 arrived on Friday | order | 3",
        "Ticket #118 was escalated to engineering | ticket | 1",
        "Ticket #118 is resolved | ticket | 2",
        "User's application was shortlisted | application | 1",
        "User is on a free trial of Grammarly | subscription | 0",
      })
  void stagesRead(String statement, String process, int rank) {
    assertThat(Stages.of(statement))
        .hasValueSatisfying(
            s -> {
              assertThat(s.process()).isEqualTo(process);
              assertThat(s.rank()).isEqualTo(rank);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User likes jazz",
        "User's nursery closed for the summer",
        "User ordered a lamp",
        "User is in Lisbon this year",
      })
  void noStage(String statement) {
    assertThat(Stages.of(statement)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's son Theo is in preschool | Theo started kindergarten this autumn",
        "User's daughter is in Year 2 | User's daughter moved up to Year 3",
        "Priya's boy is in second grade | Priya's boy started third grade",
        "Order #2210 was dispatched this morning | Order #2210 arrived on Friday",
        "Ticket #118 was escalated to engineering | Ticket #118 is resolved",
        "User's application was shortlisted | User's application reached the interview stage",
      })
  void laterStageReplaces(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
    assertThat(d.reason()).contains("a later stage of");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // another child, another order, an earlier stage, another owner's child
        "User's son Theo is in preschool | User's daughter Ana started Year 1",
        "Order #2210 was dispatched this morning | Order #2301 arrived on Friday",
        "Order #2210 arrived on Friday | Order #2210 was dispatched on Wednesday",
        "Priya's boy is in second grade | Tom's boy started third grade",
        "User is on a free trial of Grammarly | User has a paid plan for Canva",
      })
  void noReplacement(String existing, String incoming) {
    assertThat(Stages.decide(existing, incoming)).isEmpty();
  }
}
