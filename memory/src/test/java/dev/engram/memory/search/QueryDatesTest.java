package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryDatesTest {
  private static final Instant NOW = Instant.parse("2024-03-20T12:00:00Z");

  private static DateWindow window(String query) {
    Optional<DateWindow> window = QueryDates.of(query, NOW);
    assertThat(window).as(query).isPresent();
    return window.orElseThrow();
  }

  private static Instant day(String iso) {
    return Instant.parse(iso + "T10:00:00Z");
  }

  @Test
  void aFullDateNamesThatDayInEitherOrder() {
    assertThat(window("Who did Maria have dinner with on May 3, 2023?"))
        .isEqualTo(DateWindow.days(LocalDate.of(2023, 5, 3), LocalDate.of(2023, 5, 3), false));
    assertThat(window("What was the pet John said goodbye to on 3 June, 2023?"))
        .isEqualTo(DateWindow.days(LocalDate.of(2023, 6, 3), LocalDate.of(2023, 6, 3), false));
    assertThat(window("what happened on the 21st of june 2022"))
        .isEqualTo(DateWindow.days(LocalDate.of(2022, 6, 21), LocalDate.of(2022, 6, 21), false));
  }

  @Test
  void aMonthWithAYearNamesTheWholeMonth() {
    DateWindow july = window("What did Mel paint in July 2023?");

    assertThat(july)
        .isEqualTo(DateWindow.days(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31), false));
    assertThat(july.contains(day("2023-07-15"), 0)).isTrue();
    assertThat(july.contains(day("2023-08-15"), 1)).isFalse();
    assertThat(july.contains(day("2024-07-15"), 1)).as("another year").isFalse();
  }

  @Test
  void aDateOrMonthWithoutAYearMatchesThatTimeOfAnyYear() {
    DateWindow november = window("Which country was Tim visiting in November?");

    assertThat(november.anyYear()).isTrue();
    assertThat(november.contains(day("2019-11-10"), 0)).isTrue();
    assertThat(november.contains(day("2023-11-30"), 0)).isTrue();
    assertThat(november.contains(day("2023-12-05"), 1)).isFalse();
    assertThat(window("what did I buy on October 13").contains(day("2021-10-13"), 0)).isTrue();
  }

  @Test
  void aSeasonNamesItsThreeMonths() {
    assertThat(window("What state did Ana visit in summer 2021?"))
        .isEqualTo(DateWindow.days(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 8, 31), false));
    assertThat(window("Where did we hike in the autumn of 2019?"))
        .isEqualTo(DateWindow.days(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 11, 30), false));
    DateWindow winter = window("Which city did Raj move to in winter 2022?");
    assertThat(winter)
        .isEqualTo(DateWindow.days(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 2, 28), false));
    assertThat(winter.contains(day("2023-01-20"), 0)).isTrue();
    assertThat(winter.contains(day("2022-03-20"), 1)).isFalse();
  }

  @Test
  void aSeasonWithoutAYearMatchesThatSeasonOfAnyYear() {
    DateWindow spring = window("What did Mel plant during the spring?");

    assertThat(spring.anyYear()).isTrue();
    assertThat(spring.contains(day("2017-04-02"), 0)).isTrue();
    assertThat(spring.contains(day("2017-07-02"), 1)).isFalse();
    assertThat(window("Where do they ski in winter?").contains(day("2020-01-15"), 0)).isTrue();
    assertThat(QueryDates.of("What does Tim do to fall asleep?", NOW)).isEmpty();
  }

  @Test
  void aYearAfterAPrepositionNamesTheYear() {
    DateWindow year = window("How many times has Melanie gone to the beach in 2023?");

    assertThat(year)
        .isEqualTo(DateWindow.days(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), false));
  }

  @Test
  void aTimeBeforeADateIsTheDaysBeforeIt() {
    assertThat(window("What did John do the week before August 3, 2023 with his kids?"))
        .isEqualTo(DateWindow.days(LocalDate.of(2023, 7, 26), LocalDate.of(2023, 8, 2), false));
    assertThat(window("What did Maria do last weekend before April 10, 2023?"))
        .isEqualTo(DateWindow.days(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 9), false));
    DateWindow twoWeeks = window("the puppy she got two weeks before August 11, 2023");
    assertThat(twoWeeks.contains(day("2023-07-28"), 0)).isTrue();
    assertThat(twoWeeks.contains(day("2023-08-10"), 0)).isFalse();
    assertThat(window("the day before June 5, 2023"))
        .isEqualTo(DateWindow.days(LocalDate.of(2023, 6, 4), LocalDate.of(2023, 6, 4), false));
  }

  @Test
  void aRangeTakesTheYearOfItsEnd() {
    assertThat(window("Where was John between August 11 and August 15 2023?"))
        .isEqualTo(DateWindow.days(LocalDate.of(2023, 8, 11), LocalDate.of(2023, 8, 15), false));
  }

  @Test
  void relativeTimesAreResolvedAgainstTheSearchClock() {
    assertThat(window("what did I eat yesterday"))
        .isEqualTo(DateWindow.days(LocalDate.of(2024, 3, 19), LocalDate.of(2024, 3, 20), false));
    DateWindow lastWeek = window("Where did I go last week?");
    assertThat(lastWeek.contains(day("2024-03-12"), 0)).isTrue();
    assertThat(lastWeek.contains(day("2024-02-12"), 1)).isFalse();
    DateWindow ago = window("the doctor I saw three weeks ago");
    assertThat(ago.contains(day("2024-02-28"), 0)).isTrue();
    assertThat(ago.contains(day("2024-03-19"), 0)).isFalse();
  }

  @Test
  void queriesThatNameNoTimeHaveNoWindow() {
    assertThat(QueryDates.of("When did Caroline go to the support group?", NOW)).isEmpty();
    assertThat(QueryDates.of("What is my daughter's name?", NOW)).isEmpty();
    assertThat(QueryDates.of("May I have the list of my allergies?", NOW)).isEmpty();
    assertThat(QueryDates.of("How many of the 3 books did I finish?", NOW)).isEmpty();
    assertThat(QueryDates.of("What is the order number 2023 about?", NOW)).isEmpty();
  }

  @Test
  void aWindowAcrossNewYearMatchesWithoutAYear() {
    DateWindow window = DateWindow.days(LocalDate.of(2000, 12, 30), LocalDate.of(2001, 1, 2), true);

    assertThat(window.contains(day("2022-01-01"), 0)).isTrue();
    assertThat(window.contains(day("2022-12-31"), 0)).isTrue();
    assertThat(window.contains(day("2022-01-05"), 0)).isFalse();
  }
}
