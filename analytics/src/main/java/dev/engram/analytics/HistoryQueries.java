package dev.engram.analytics;

import dev.engram.analytics.store.HistoryReader;
import io.micronaut.core.annotation.Nullable;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** Parses the body of {@code POST /v1/learning/history} into typed criteria. */
public final class HistoryQueries {
  private static final Set<String> KEYS =
      Set.of(
          "source",
          "from",
          "to",
          "days",
          "event_types",
          "domains",
          "agents",
          "users",
          "limit",
          "offset");

  private HistoryQueries() {}

  public static HistoryReader.Criteria parse(
      @Nullable Object body, Clock clock, Duration retention) {
    Fields f = Fields.of(body == null ? java.util.Map.of() : body, "", KEYS);
    String source = f.name("source");
    if (source != null && !source.equals("learning") && !source.equals("memory")) {
      throw AnalyticsException.invalid("source", "learning or memory");
    }
    Object from = f.raw("from");
    Object to = f.raw("to");
    Window window =
        Window.of(
            from == null ? null : String.valueOf(from),
            to == null ? null : String.valueOf(to),
            f.integer("days", 1, Integer.MAX_VALUE),
            clock,
            retention);
    Integer limit = f.integer("limit", 1, 500);
    Integer offset = f.integer("offset", 0, 1_000_000);
    return new HistoryReader.Criteria(
        source == null ? "learning" : source,
        window,
        f.names("event_types", 50),
        f.names("domains", 50),
        f.names("agents", 50),
        f.names("users", 50),
        limit == null ? 100 : limit,
        offset == null ? 0 : offset);
  }
}
