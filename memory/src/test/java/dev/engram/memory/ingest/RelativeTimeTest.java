package dev.engram.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {
  /** A Wednesday. */
  private static final Instant SAID = Instant.parse("2025-06-11T15:00:00Z");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User went hiking yesterday|2025-06-10T15:00:00Z",
        "User adopted a cat three days ago|2025-06-08T15:00:00Z",
        "User ran a charity race last Saturday|2025-06-07T15:00:00Z",
        "Last week User painted the fence|2025-06-04T15:00:00Z",
        "User moved to Ghent 2 years ago|2023-06-11T15:00:00Z",
        "User is learning Dutch|2025-06-11T15:00:00Z",
      })
  void aStatementIsPlacedAtTheTimeItSpeaksOf(String statement, String expected) {
    assertThat(RelativeTime.of(statement, SAID)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's daughter starts school next week|2025-06-18T15:00:00Z",
        "User flies to Oslo tomorrow|2025-06-12T15:00:00Z",
        "User has a concert next Friday|2025-06-13T15:00:00Z",
      })
  void aFutureReferenceIsResolvedButValidityStartsWhenSaid(String statement, String expected) {
    assertThat(RelativeTime.resolve(statement, SAID)).isEqualTo(Instant.parse(expected));
    assertThat(RelativeTime.of(statement, SAID)).isEqualTo(SAID);
  }
}
