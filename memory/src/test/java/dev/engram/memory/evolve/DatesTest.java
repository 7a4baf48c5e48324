package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void writesADateWithItsYearAsDayMonthAndYear() {
    assertThat(Dates.normalize("Renewal due 2027-03-01")).isEqualTo("Renewal due 1 March 2027");
    assertThat(Dates.normalize("renews on March 1, 2027")).isEqualTo("renews on 1 March 2027");
    assertThat(Dates.normalize("renews on March 1st 2027")).isEqualTo("renews on 1 March 2027");
    assertThat(Dates.normalize("renews on the 1st of March, 2027"))
        .isEqualTo("renews on the 1 March 2027");
    assertThat(Dates.normalize("renews on 1 march 2027")).isEqualTo("renews on 1 March 2027");
  }

  @Test
  void leavesWhatIsNoDateWithAYearAsWritten() {
    assertThat(Dates.normalize("Build 2027-13-01 failed")).isEqualTo("Build 2027-13-01 failed");
    assertThat(Dates.normalize("due 2027-02-30")).isEqualTo("due 2027-02-30");
    assertThat(Dates.normalize("due 03/04/2027")).isEqualTo("due 03/04/2027");
    assertThat(Dates.normalize("born on March 3rd")).isEqualTo("born on March 3rd");
    assertThat(Dates.normalize("part 2027-03-01-A")).isEqualTo("part 2027-03-01-A");
  }

  @Test
  void makesOneDateInTwoFormatsOneStatement() {
    assertThat(Statement.parse("Renewal due 2027-03-01").content())
        .isEqualTo(Statement.parse("Renewal due March 1, 2027").content());
  }
}
