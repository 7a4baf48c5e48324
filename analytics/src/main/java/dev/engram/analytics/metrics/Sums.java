package dev.engram.analytics.metrics;

import dev.engram.analytics.Metric;
import dev.engram.analytics.store.DayRow;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rollup sums of a bucket (a day, a week, a window), and the metrics computed from them. Public
 * for the reports, which add up several apps.
 */
public final class Sums {
  long events;
  long feedback;
  long correct;
  long ratingSum;
  long ratingCount;
  double confidenceSum;
  long confidenceCount;
  double performanceChange;
  long typedFeedback;
  long typedCorrect;
  final Map<String, Long> memory = new TreeMap<>();
  long searches;
  long hits;
  long activeUserDays;
  int days;

  /** Events of the learning history (learning events). */
  public long events() {
    return events;
  }

  /** Learning events carrying feedback. */
  public long feedback() {
    return feedback;
  }

  /** Memory searches. */
  public long searches() {
    return searches;
  }

  /** Sum of impact.performance_change. */
  public double performanceChange() {
    return performanceChange;
  }

  /** Share of explicit feedback events marked correct; null without any. */
  @Nullable
  public Double feedbackPositiveRate() {
    return ratio(typedCorrect, typedFeedback);
  }

  /** Memory events of all kinds. */
  public long memoryEvents() {
    return memory.values().stream().mapToLong(Long::longValue).sum();
  }

  public void add(DayRow r) {
    switch (r.source()) {
      case "learning" -> {
        events += r.events();
        feedback += r.feedback();
        correct += r.correct();
        ratingSum += r.ratingSum();
        ratingCount += r.ratingCount();
        confidenceSum += r.confidenceSum();
        confidenceCount += r.confidenceCount();
        performanceChange += r.valueSum();
        if (r.kind().equals("feedback")) {
          typedFeedback += r.feedback();
          typedCorrect += r.correct();
        }
      }
      case "memory" -> memory.merge(r.kind(), r.events(), Long::sum);
      case "search" -> {
        searches += r.events();
        if (r.kind().equals("hit")) {
          hits += r.events();
        }
      }
      default -> {}
    }
  }

  public void add(Sums o) {
    events += o.events;
    feedback += o.feedback;
    correct += o.correct;
    ratingSum += o.ratingSum;
    ratingCount += o.ratingCount;
    confidenceSum += o.confidenceSum;
    confidenceCount += o.confidenceCount;
    performanceChange += o.performanceChange;
    typedFeedback += o.typedFeedback;
    typedCorrect += o.typedCorrect;
    o.memory.forEach((k, v) -> memory.merge(k, v, Long::sum));
    searches += o.searches;
    hits += o.hits;
    activeUserDays += o.activeUserDays;
    days += o.days;
  }

  /** Memory events of those kinds (ADD, UPDATE, ...). */
  public long mem(String... kinds) {
    long total = 0;
    for (String kind : kinds) {
      total += memory.getOrDefault(kind, 0L);
    }
    return total;
  }

  /** The metric's value, or null when it is undefined (a rate over nothing). */
  @Nullable
  public Double value(Metric metric) {
    return switch (metric) {
      case EVENTS -> (double) events;
      case FEEDBACK -> (double) feedback;
      case ACCURACY -> ratio(correct, feedback);
      case MEAN_CONFIDENCE -> confidenceCount == 0 ? null : confidenceSum / confidenceCount;
      case MEAN_RATING -> ratio(ratingSum, ratingCount);
      case PERFORMANCE_CHANGE -> performanceChange;
      case FACTS_LEARNED -> (double) mem("ADD", "IMPORT");
      case FACTS_CORRECTED -> (double) mem("UPDATE");
      case FACTS_REINFORCED -> (double) mem("REINFORCE");
      case FACTS_FORGOTTEN -> (double) mem("DELETE", "EXPIRE");
      case CONTRADICTION_RATE ->
          ratio(
              mem("UPDATE", "DELETE"),
              mem("ADD", "IMPORT", "UPDATE", "DELETE", "REINFORCE", "SKIP"));
      case SEARCHES -> (double) searches;
      case HIT_RATE -> ratio(hits, searches);
      case ACTIVE_USERS -> days == 0 ? null : (double) activeUserDays / days;
    };
  }

  @Nullable
  static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  /** Rows summed per day; every day of the range present (empty days as zero sums). */
  public static Map<LocalDate, Sums> byDay(
      List<DayRow> rows, LocalDate from, LocalDate to, Map<LocalDate, Long> activeUsers) {
    Map<LocalDate, Sums> days = new TreeMap<>();
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      Sums s = new Sums();
      s.days = 1;
      s.activeUserDays = activeUsers.getOrDefault(d, 0L);
      days.put(d, s);
    }
    for (DayRow row : rows) {
      Sums s = days.get(row.day());
      if (s != null) {
        s.add(row);
      }
    }
    return days;
  }

  public static Sums total(Iterable<Sums> parts) {
    Sums total = new Sums();
    parts.forEach(total::add);
    return total;
  }
}
