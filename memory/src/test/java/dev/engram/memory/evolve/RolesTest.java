package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A role one has one holder of at a time ({@link Roles}): a new holder named replaces the old one
 * however the two statements are worded. Sentences written for this test, not taken from any
 * evaluation set.
 */
class RolesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "manager",
        "boss",
        "supervisor",
        "doctor",
        "dentist",
        "landlord",
        "solicitor",
        "accountant",
        "tutor",
        "hairdresser"
      })
  void rolesOfOneHolder(String word) {
    assertThat(Roles.kind(word)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "friend",
        "colleague",
        "neighbour",
        "child",
        "sister",
        "client",
        "patient",
        "employee",
        "teammate",
        "student",
        "dentists",
        "table"
      })
  void rolesOfManyHoldersOrNone(String word) {
    assertThat(Roles.kind(word)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "manager, boss",
    "supervisor, manager",
    "GP, doctor",
  })
  void oneRoleUnderTwoNames(String a, String b) {
    assertThat(Roles.kind(a.toLowerCase(java.util.Locale.ROOT)).get().same(Roles.kind(b).get()))
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({"doctor, dentist", "dentist, landlord", "manager, accountant"})
  void twoRoles(String a, String b) {
    assertThat(Roles.kind(a).get().same(Roles.kind(b).get())).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's accountant is Priya Nair | priya nair",
        "The user's dentist is now Dr. Moss | moss",
        "Omar Haddad is the user's supervisor | omar haddad",
        "User answers to Lena and reports to Tobias | tobias",
        "User hired Greta Lind as their solicitor | greta lind",
        "User found a new tutor, Hamid | hamid",
        // a capital inside a person's name
        "User's manager is Dev McDonald | dev mcdonald",
      })
  void holdersNamed(String statement, String name) {
    assertThat(Roles.of(statement))
        .hasValueSatisfying(h -> assertThat(String.join(" ", h.name())).isEqualTo(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the holder is a relative's
        "User's daughter's tutor is Hamid",
        // no name: who is not said
        "User's landlord is strict about pets",
        // the role noun modifies another noun
        "User has a dentist appointment with Dr Moss",
        // a name that is also a word for a trade
        "User met Tom Baker at the market",
        // many holders
        "User's colleague is Tobias",
        // a product fills the compound, not a person: a coined name, a name glued to digits
        "User's password manager is LastPass",
        "User's password manager is 1Password",
      })
  void noHolder(String statement) {
    assertThat(Roles.of(statement)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's supervisor is Omar Haddad | User now reports to Greta Lind",
        "User's accountant is Priya Nair | User hired Greta Lind as their accountant",
        "User's GP is Dr. Moss | User registered with Dr. Fenwick as their doctor",
        "User's landlord is Mr Ortiz | Anna Berg is the user's landlord",
        "User's boss is Tobias | User's manager is Lena Vogel",
      })
  void aNewHolderReplacesTheOld(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // two roles
        "User's doctor is Dr. Moss | User's dentist is Dr. Fenwick",
        // a relative's holder of the role
        "User's tutor is Hamid | User's son's tutor is Lena",
        // said to add one
        "User's tutor is Hamid | User also has a second tutor, Lena",
      })
  void notOneRoleReplaced(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isNotEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's boss is Tobias | Tobias is the user's manager",
        "User's landlord is Mr Ortiz | Ortiz is the user's landlord",
      })
  void theSameHolderUnderAnotherWordingIsTheSameStatement(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User works at Siemens | User joined Vantix last spring",
        "User is a pharmacist | User joined Medlo as a product analyst",
      })
  void joiningAnEmployerChangesTheOccupation(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User works at Siemens | User joined a climbing gym",
        "User works at Siemens | User joined the Harriers running club",
      })
  void joiningAGroupLeavesTheOccupation(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isNotEqualTo(Action.UPDATE);
  }
}
