package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Choices.Category;
import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A named make, provider, team or party the subject has one of ({@link Choices}): a change to
 * another name replaces it however the two statements are worded. Sentences written for this test,
 * not taken from any evaluation set.
 */
class ChoicesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's tablet is a Lenovo Tab P11 | tablet | THING | lenovo tab p11",
        "The user's broadband supplier is Sky | supplier | THING | sky",
        "User owns a Canon camera | camera | THING | canon",
        "User rides a Brompton | '' | THING | brompton",
        "User plays for the Oakfield Wanderers cricket team | team | MEMBERSHIP | oakfield wanderers",
        "User is a Leeds Rhinos fan | fan | MEMBERSHIP | leeds rhinos",
        "User is a member of the Liberal party | party | MEMBERSHIP | liberal",
        "User moved their pension to Aviva | '' | ANY | aviva",
        "User swapped to a Sony Xperia | '' | ANY | sony xperia",
        "User joined the Falcons hockey team | team | MEMBERSHIP | falcons",
      })
  void choicesRead(String statement, String kind, Category category, String name) {
    assertThat(Choices.of(statement))
        .hasValueSatisfying(
            c -> {
              assertThat(c.kind()).isEqualTo(kind);
              assertThat(c.category()).isEqualTo(category);
              assertThat(String.join(" ", c.name())).isEqualTo(name);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a relative's thing
        "User's brother's car is a Skoda",
        // a relative named
        "User's cousin is Marta",
        // no name
        "User's tablet is cracked",
        // a place moved to, a verb of moving without an object
        "User moved to Glasgow",
        "User relocated the family to Lisbon",
        // an event with another person
        "User went climbing with Idris last Sunday",
        // joining what one may belong to many of
        "User joined a rowing club",
        "User joined Amnesty International",
        // a time, not a name
        "User changed the meeting to Friday",
        // a person the thing is taken to
        "User took the kids to Legoland",
      })
  void noChoice(String statement) {
    assertThat(Choices.of(statement)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's tablet is a Lenovo | User switched to an iPad",
        "User has a Garmin watch | User upgraded to an Apple Watch",
        "User's energy supplier is Ovo | User moved their account to Octopus",
        "User drives a Vauxhall Corsa | User traded the Corsa in for a Toyota Yaris",
        "User's mobile network is Three | User ported their number to Giffgaff",
        "User's note-taking app is Evernote | User migrated from Evernote to Notion",
        "User plays for the Oakfield Wanderers | User signed with Brockley Town",
        "User plays for the Oakfield cricket team | User joined the Millbrook cricket team",
        "User is a Leeds Rhinos fan | User switched allegiance to the Wigan Warriors",
        "User is a member of the Liberal party | User joined the Labour party",
        "User's laptop is a Dell XPS | User's new computer is a Framework",
      })
  void aChangeToAnotherNameReplacesTheChoice(String existing, String incoming) {
    Resolver.Decision decision = decide(existing, incoming, 0.6);
    assertThat(decision.action()).isEqualTo(Action.UPDATE);
    assertThat(decision.reason()).contains(CHOICE_RULE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // said to add one
        "User has a Garmin watch | User also switched to an Apple Watch for swimming",
        // a relative's change
        "User's tablet is a Lenovo | User's daughter switched to an iPad",
        // two kinds of thing: a laptop is no phone
        "User's laptop is a Dell | User switched their phone to a Pixel",
        "User's laptop is a Dell | User's new phone is a Pixel",
        // two kinds of one thing
        "User's work laptop is a Dell | User's new gaming laptop is an Alienware",
        // a team and a fandom are two
        "User plays for the Oakfield Wanderers | User is now a Leeds Rhinos fan",
        // the change leaves another name than the one held
        "User's note-taking app is Evernote | User migrated from Trello to Notion",
        // the same name again
        "User's tablet is a Lenovo | User upgraded to a newer Lenovo",
      })
  void notAChoiceReplaced(String existing, String incoming) {
    // other rules, or the learned model, may still supersede; this one does not
    assertThat(decide(existing, incoming, 0.6).reason()).doesNotContain(CHOICE_RULE);
  }

  /** What the reasons of this rule's verdicts say. */
  private static final String CHOICE_RULE = "as the subject's choice";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // two changes that name no kind say nothing of one slot
        "User transferred the savings to Monzo | User moved the pension to Aviva",
      })
  void twoChangesAreNoChoiceReplaced(String existing, String incoming) {
    Choices.Choice old = Choices.of(existing).orElseThrow();
    Choices.Choice now = Choices.of(incoming).orElseThrow();
    assertThat(now.replaces(old)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"laptop, computer", "phone, telephone", "car, vehicle", "team, ''"})
  void kindsThatAgree(String a, String b) {
    assertThat(Choices.kindsAgree(a, b)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"laptop, phone", "car, bicycle", "team, party"})
  void kindsThatDoNot(String a, String b) {
    assertThat(Choices.kindsAgree(a, b)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"phone", "laptop", "car", "bicycle"})
  void artifacts(String word) {
    assertThat(Choices.artifact(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"number", "account", "provider", "team"})
  void notArtifacts(String word) {
    assertThat(Choices.artifact(word)).isFalse();
  }
}
