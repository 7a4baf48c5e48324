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
 * A change word ("new", "now") or a negation supersedes only over a shared topic, not over a shared
 * name alone (the speaker's name is in every fact of their messages; an acronym such as "MBA" is
 * not a name), and only where what the old statement holds apart from the new one is the size of
 * one value (the new one may add details): two events of one person are not one value replaced.
 * Sentences written for this test, not taken from any evaluation set.
 */
class ChangeEvidenceTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final RuleResolver resolver = new RuleResolver();

  private void expect(String existing, String incoming, Action action) {
    Decision d =
        resolver.resolve(
            incoming, List.of(new Candidate(Memories.memory("u", existing, NOW).build(), 0.6)));
    assertThat(d.action()).as(d.reason()).isEqualTo(action);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sadly, Priya also missed Priya's flight to Oslo this week | Priya and her friends have"
            + " planned so much, and there is nothing but fun coming",
        "Painted Omar's fence last weekend - looks great | Omar just got a new puppy, this is Rex",
        "Lena signed the lease without reading the fine print | Reading poetry keeps Lena calm",
        "Noor and her cousins both have matching bikes | Noor even went out and got a helmet",
        "Sadly, Priya also lost Priya's wallet at the market this week | Priya found a lovely old"
            + " lamp for the hallway",
        "Omar is gonna take a shot at baking sourdough | Omar is gonna make it work",
      })
  void aNameBothShareIsWhoNotWhatTheyAreAbout(String existing, String incoming) {
    expect(existing, incoming, Action.ADD);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User practised with a small choir of singers after class | User is planning their"
            + " wedding and some new choir songs - practising hard for an upcoming recital",
        "User volunteered at the animal shelter on Saturday morning with two friends | User now"
            + " runs the shelter's weekend adoption stand and loves every minute",
      })
  void aChangeWordOverMoreThanOneValueIsAnotherEvent(String existing, String incoming) {
    expect(existing, incoming, Action.ADD);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(photo: a photo of a red kite over a beach) | (photo: a photo of a dog asleep on a sofa)",
        "(photo: a photo of three ducks on a frozen pond) | (photo: a photo of two ducks on a pond)",
        "Painting of a lighthouse at dusk hangs in the hall | Painting of a fox in the snow hangs"
            + " in the hall",
      })
  void twoDescriptionsOfWorksAreTwoWorks(String existing, String incoming) {
    expect(existing, incoming, Action.ADD);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User lives in Porto | User now lives in Ghent",
        "User's favourite photo is the one of the lake | User's favourite photo is the one of the"
            + " harbour",
        "Priya's car is blue | Priya's car is green",
        "User eats fish | User does not eat fish",
        "Priya plays the cello | Priya no longer plays the cello",
        "User is an MBA student in Leeds | User finished the MBA and now works as a nurse",
        "User lives in Porto | User now lives in Ghent with their partner and two cats in a loft",
      })
  void aChangeOrANegationOfOneValueStillReplaces(String existing, String incoming) {
    expect(existing, incoming, Action.UPDATE);
  }
}
