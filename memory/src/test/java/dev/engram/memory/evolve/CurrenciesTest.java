package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money with the code of its currency ({@link Currencies}). */
class CurrenciesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pays €1475 | pays 1475 eur",
        "pays 1475 euros | pays 1475 eur",
        "pays EUR 1475 | pays 1475 eur",
        "pays 1475 EUR | pays 1475 eur",
        "earns £58000 | earns 58000 gbp",
        "earns 58k pounds | earns 58000 gbp",
        "earns £58k | earns 58000 gbp",
        "costs $20 | costs 20 usd",
        "costs 20 dollars | costs 20 usd",
        "costs twenty bucks | costs 20 usd",
        "costs 400 CHF | costs 400 chf",
      })
  void oneFormatForMoney(String text, String normal) {
    assertThat(Currencies.normalize(text)).isEqualTo(normal);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "has 3 USB sticks | has 3 USB sticks",
        "lives in NYC 2019 | lives in NYC 2019",
        "has 20 cats | has 20 cats",
      })
  void noCurrencyNoChange(String text, String normal) {
    assertThat(Currencies.normalize(text)).isEqualTo(normal);
  }
}
