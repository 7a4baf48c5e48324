package dev.engram.memory.search;

import io.micronaut.core.annotation.Nullable;

/**
 * How one piece of feedback on a memory moves its feedback balance (README § Scoring): verdict
 * {@code useful} +1, {@code not_useful} −1, {@code wrong} −2; without a verdict, {@code correct}
 * true +1 / false −1; with neither, a rating of 4–5 +1, 1–2 −1, 3 nothing.
 */
public final class FeedbackRule {
  private FeedbackRule() {}

  /** The change to the memory's feedback balance. */
  public static int delta(
      @Nullable String verdict, @Nullable Boolean correct, @Nullable Integer rating) {
    if (verdict != null) {
      return switch (verdict) {
        case "useful" -> 1;
        case "not_useful" -> -1;
        case "wrong" -> -2;
        default -> 0;
      };
    }
    if (correct != null) {
      return correct ? 1 : -1;
    }
    if (rating != null) {
      return rating >= 4 ? 1 : rating <= 2 ? -1 : 0;
    }
    return 0;
  }
}
