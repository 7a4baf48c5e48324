package dev.engram.analytics.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs compiled queries: each result row is its group values and a rollup row of sums. */
@Singleton
public final class QueryRunner {
  /** One group: its values (in group-by order) and its sums as a rollup row. */
  public record Group(List<String> values, DayRow sums) {}

  private final Db db;

  QueryRunner(Db db) {
    this.db = requireNonNull(db, "db is null");
  }

  public List<Group> run(QueryCompiler.Compiled query, int groupColumns) {
    return db.read(
        c -> {
          try (PreparedStatement s = c.prepareStatement(query.sql())) {
            Db.bind(s, query.params());
            List<Group> groups = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= groupColumns; i++) {
                  values.add(String.valueOf(r.getObject(i)));
                }
                int k = groupColumns;
                groups.add(
                    new Group(
                        values,
                        new DayRow(
                            LocalDate.EPOCH,
                            r.getString(k + 1),
                            r.getString(k + 10),
                            "",
                            "",
                            "",
                            r.getLong(k + 2),
                            r.getLong(k + 3),
                            r.getLong(k + 4),
                            r.getLong(k + 5),
                            r.getLong(k + 6),
                            r.getDouble(k + 7),
                            r.getLong(k + 8),
                            r.getDouble(k + 9))));
              }
            }
            return groups;
          }
        });
  }
}
