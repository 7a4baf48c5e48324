package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingsTest {
  private static final String TEXT = "User works as a nurse at St Mary's";

  @Test
  void readsEachTextOncePerUnitOfWork() {
    Readings.during(
        () -> {
          Statement first = Readings.statement(TEXT);
          Optional<Slot> slot = Readings.slot(TEXT);
          assertThat(Readings.statement(TEXT)).isSameAs(first);
          assertThat(Readings.slot(TEXT)).isSameAs(slot);
          // a nested unit keeps the outer unit's readings
          Readings.during(
              () -> {
                assertThat(Readings.statement(TEXT)).isSameAs(first);
                return null;
              });
          return null;
        });
  }

  @Test
  void readsWhatAParseReads() {
    Statement kept = Readings.during(() -> Readings.statement(TEXT));
    Optional<Slot> slot = Readings.during(() -> Readings.slot(TEXT));
    assertThat(kept).isEqualTo(Statement.parse(TEXT));
    assertThat(slot).isEqualTo(Slot.of(TEXT)).isPresent();
  }

  @Test
  void keepsNothingOutsideAUnitOrAfterIt() {
    Statement inUnit = Readings.during(() -> Readings.statement(TEXT));
    Statement outside = Readings.statement(TEXT);
    assertThat(outside).isNotSameAs(inUnit).isEqualTo(inUnit);
    assertThat(Readings.statement(TEXT)).isNotSameAs(outside);
    assertThat(Readings.during(() -> Readings.statement(TEXT))).isNotSameAs(inUnit);
  }
}
