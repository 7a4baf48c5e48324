package dev.engram.analytics.store;

import dev.engram.analytics.Window;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Compiles a typed analytics query into one parameterized statement over {@code analytics_daily}.
 * Column names come only from the {@link Dimension} constants; every value from the caller is a
 * bind parameter, so no caller text ever becomes SQL.
 */
public final class QueryCompiler {
  /** What a query may group and filter by, with the column each stands for. */
  public enum Dimension {
    DAY("day_utc"),
    SOURCE("source"),
    KIND("kind"),
    DOMAIN("dimension"),
    AGENT("agent_id"),
    ENGINE("engine");

    private final String column;

    Dimension(String column) {
      this.column = column;
    }

    public String column() {
      return column;
    }
  }

  /** The statement and its parameters, in order. */
  public record Compiled(String sql, List<Object> params) {}

  private QueryCompiler() {}

  public static Compiled compile(
      String appId, Window window, List<Dimension> groupBy, Map<Dimension, List<String>> filters) {
    StringBuilder select = new StringBuilder("select ");
    for (Dimension d : groupBy) {
      select.append(d.column()).append(", ");
    }
    select.append(
        "source, sum(events), sum(feedback), sum(correct), sum(rating_sum), sum(rating_count),"
            + " sum(confidence_sum), sum(confidence_count), sum(value_sum), kind"
            + " from analytics_daily where app_id = ? and day_utc >= ? and day_utc < ?");
    List<Object> params = new ArrayList<>(List.of(appId, window.from(), window.to()));
    for (Map.Entry<Dimension, List<String>> filter : filters.entrySet()) {
      if (filter.getValue().isEmpty()) {
        continue;
      }
      select
          .append(" and ")
          .append(filter.getKey().column())
          .append(" in (")
          .append(String.join(", ", Collections.nCopies(filter.getValue().size(), "?")))
          .append(")");
      params.addAll(filter.getValue());
    }
    select.append(" group by ");
    for (Dimension d : groupBy) {
      select.append(d.column()).append(", ");
    }
    select.append("source, kind order by ");
    for (Dimension d : groupBy) {
      select.append(d.column()).append(", ");
    }
    select.append("source, kind");
    return new Compiled(select.toString(), params);
  }
}
