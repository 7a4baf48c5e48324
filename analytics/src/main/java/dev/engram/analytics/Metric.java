package dev.engram.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The metrics analytics computes, each with its formula (README § Analytics lists them). Counts are
 * additive over buckets; rates and means are recomputed from the summed parts, never averaged.
 */
public enum Metric {
  EVENTS("learning events recorded", true),
  FEEDBACK("learning events carrying feedback (a rating or correct/incorrect)", true),
  ACCURACY("correct / feedback (share of feedback marked correct)", false),
  MEAN_CONFIDENCE("sum of output.confidence / events with a confidence", false),
  MEAN_RATING("sum of feedback.rating / events with a rating", false),
  PERFORMANCE_CHANGE("sum of impact.performance_change", true),
  FACTS_LEARNED("memory events ADD + IMPORT", true),
  FACTS_CORRECTED("memory events UPDATE", true),
  FACTS_REINFORCED("memory events REINFORCE", true),
  FACTS_FORGOTTEN("memory events DELETE + EXPIRE", true),
  CONTRADICTION_RATE(
      "(UPDATE + DELETE) / (ADD + IMPORT + UPDATE + DELETE + REINFORCE + SKIP): share of statements"
          + " that changed or contradicted what was known",
      false),
  SEARCHES("memory searches (retrieval volume)", true),
  HIT_RATE("searches with at least one result above the threshold / searches", false),
  ACTIVE_USERS(
      "distinct users with a memory event, learning event or search per day (mean over the bucket's days)",
      false);

  private final String formula;
  private final boolean additive;

  Metric(String formula, boolean additive) {
    this.formula = formula;
    this.additive = additive;
  }

  /** The wire name, e.g. {@code mean_confidence}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String formula() {
    return formula;
  }

  /** Whether the metric is a count that adds up over buckets (else a rate or mean). */
  public boolean additive() {
    return additive;
  }

  /** The metric of that wire name, or a 400 naming the field and the valid names. */
  public static Metric parse(String value, String field) {
    for (Metric m : values()) {
      if (m.wireName().equals(value)) {
        return m;
      }
    }
    throw new AnalyticsException(
        AnalyticsErrorCode.UNKNOWN_METRIC,
        field
            + ": unknown metric '"
            + value
            + "'; one of "
            + Arrays.stream(values()).map(Metric::wireName).collect(Collectors.joining(", ")),
        field);
  }
}
