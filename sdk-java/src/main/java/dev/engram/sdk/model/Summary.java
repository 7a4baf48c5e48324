package dev.engram.sdk.model;

import java.util.List;

/** A summary returned at once ({@code delivery} is {@code sync}). */
public record Summary(String content, String engine, String delivery, List<String> messageIds)
    implements SummaryResult {
  public Summary {
    messageIds = Norm.list(messageIds);
  }
}
