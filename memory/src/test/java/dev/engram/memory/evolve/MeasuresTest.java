package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An amount of one thing of the subject ({@link Measures}): a new amount replaces the old, amounts
 * of two things or of two people stay (the class is not consulted by the resolver; these are its
 * own verdicts). Sentences written for this test, not taken from any evaluation set.
 */
class MeasuresTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's phone bill is $55 a month | user | bill | 55",
        "User's water bill was raised to £38 | user | bill | 38",
        "User's mortgage repayment is 1,450 euros | user | repayment | 1450",
        "User got a raise to 61k | user | raise | 61000",
        "User earns 3,200 a month | user | earn | 3200",
        "User takes 20 mg of atorvastatin at night | user | atorvastatin | 20",
        "User spends $120 a month on petrol | user | petrol | 120",
        "User's brother takes 10 mg of ramipril | user brother | ramipril | 10",
        "User's landlady put the rent up to 800 pounds | user | rent | 800",
        "User's team has 12 engineers | user | engineers | 12",
      })
  void amountsRead(String statement, String owner, String thing, String value) {
    assertThat(Measures.of(statement))
        .hasValueSatisfying(
            m -> {
              assertThat(m.owner()).isEqualTo(owner);
              assertThat(m.thing()).isEqualTo(thing);
              assertThat(m.value().toPlainString()).isEqualTo(value);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User placed order 7712 for a lamp",
        "User's flight number is BA 117",
        "User's delivery address is 14 Mill Road",
        "User moved to Leeds in 2019",
        "User's train leaves at 7:40",
        "User's ticket #3381 was closed",
        "User likes jazz",
      })
  void noAmount(String statement) {
    assertThat(Measures.of(statement)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's phone bill is $55 a month | User's phone bill went up to $62 a month",
        "User's salary is 40,000 pounds | User got a raise to 44,000 pounds",
        "User earns 3,200 a month | User now earns 3,600 a month after the promotion",
        "User takes 20 mg of atorvastatin at night | User's atorvastatin was raised to 40 mg",
        "User's rent is 700 pounds a month | User's landlady put the rent up to 760 pounds a month",
        "User's council tax is £140 a month | User's monthly council tax is £151 from April",
        "User's wage is $18 an hour | User earns $21 an hour now",
        // the thing named as what the other's measure is of
        "User takes 75 mg of aspirin daily | User's aspirin dose was cut to 50 mg",
      })
  void newAmountReplaces(String existing, String incoming) {
    assertThat(Measures.decide(existing, incoming))
        .hasValueSatisfying(
            c -> {
              assertThat(c.action()).as(c.reason()).isEqualTo(Action.UPDATE);
              assertThat(c.reason()).contains("as the amount of");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // two things
        "User's phone bill is $55 a month | User spends $120 a month on petrol",
        "User takes 20 mg of atorvastatin | User takes 5 mg of amlodipine",
        // a relative's and the subject's own
        "User's brother takes 10 mg of ramipril | User's ramipril was raised to 5 mg",
      })
  void twoAmountsStay(String existing, String incoming) {
    assertThat(Measures.decide(existing, incoming))
        .hasValueSatisfying(
            c -> {
              assertThat(c.action()).as(c.reason()).isEqualTo(Action.ADD);
              assertThat(c.reason()).startsWith("distinct: amounts of");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // two orders, two invoices: identifiers, not amounts
        "User placed order 7712 for a lamp | User placed order 7790 for a rug",
        "User's invoice 2231 is paid | User's invoice 2240 is paid",
      })
  void identifiersAreNoAmounts(String existing, String incoming) {
    assertThat(Measures.decide(existing, incoming)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pay | salary",
        "raise | salary",
        "earn | salary",
        "installment | payment",
        "savings | fund",
        "bill | bill",
      })
  void oneThing(String a, String b) {
    assertThat(Measures.sameThing(a, b)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "rent | petrol",
        "membership | storage",
        "atorvastatin | amlodipine",
        "bill | salary"
      })
  void twoThings(String a, String b) {
    assertThat(Measures.sameThing(a, b)).isFalse();
  }
}
