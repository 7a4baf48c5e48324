package dev.engram.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts an app's rows in every table of the current schema that has an {@code app_id} column,
 * found through {@code information_schema} so a table added later is counted without a change here.
 * Works on H2 (PostgreSQL mode) and PostgreSQL.
 */
public final class AppRows {
  private AppRows() {}

  /** Tables holding rows of the app, with their row counts; empty when nothing of it is left. */
  public static Map<String, Long> count(Connection connection, String appId) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tablesWithAppId(connection)) {
      try (PreparedStatement s =
          connection.prepareStatement(
              "select count(*) from \"" + table + "\" where \"app_id\" = ?")) {
        s.setString(1, appId);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          if (r.getLong(1) > 0) {
            counts.put(table, r.getLong(1));
          }
        }
      }
    }
    return counts;
  }

  /** Every base table of the current schema with a column named {@code app_id}. */
  public static List<String> tablesWithAppId(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement s =
            connection.prepareStatement(
                "select c.table_name from information_schema.columns c"
                    + " join information_schema.tables t on t.table_schema = c.table_schema"
                    + " and t.table_name = c.table_name"
                    + " where c.table_schema = current_schema and t.table_type = 'BASE TABLE'"
                    + " and c.column_name = 'app_id' order by c.table_name");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    return tables;
  }
}
