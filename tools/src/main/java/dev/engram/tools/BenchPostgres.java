package dev.engram.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one benchmark run ({@code --postgres}): created on the server of
 * {@code --pg-url} (default {@code jdbc:postgresql://127.0.0.1:5432/}, user {@code --pg-user},
 * default {@code postgres}, password {@code --pg-password}), migrated by the application as any
 * database, and dropped when the run ends, also when it fails. With {@code --pg-database NAME} the
 * database of that name is used instead (created when missing) and kept, so a bulk-loaded database
 * can be measured again ({@code bench analytics --load existing}).
 */
final class BenchPostgres implements AutoCloseable {
  private final String server;
  private final String user;
  private final String password;
  private final String name;
  private final boolean keep;

  private BenchPostgres(String server, String user, String password, String name, boolean keep) {
    this.server = server;
    this.user = user;
    this.password = password;
    this.name = name;
    this.keep = keep;
  }

  static BenchPostgres create(Map<String, String> options) throws SQLException {
    String server = options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/");
    if (!server.endsWith("/")) {
      server = server + "/";
    }
    String user = options.getOrDefault("pg-user", "postgres");
    String password = options.getOrDefault("pg-password", "");
    String kept = options.get("pg-database");
    if (kept != null) {
      if (!kept.matches("[a-z_][a-z0-9_]{0,62}")) {
        throw new IllegalArgumentException(
            "--pg-database: lower-case letters, digits and '_' only, got '" + kept + "'");
      }
      try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
          PreparedStatement exists =
              admin.prepareStatement("select 1 from pg_database where datname = ?")) {
        exists.setString(1, kept);
        boolean found;
        try (ResultSet row = exists.executeQuery()) {
          found = row.next();
        }
        if (!found) {
          try (Statement statement = admin.createStatement()) {
            statement.execute("create database " + kept);
          }
        }
        System.err.println(
            "PostgreSQL database: " + server + kept + (found ? " (existing, kept)" : " (kept)"));
      }
      return new BenchPostgres(server, user, password, kept, true);
    }
    String name =
        "engram_bench_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 12)
                .toLowerCase(Locale.ROOT);
    try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("create database " + name);
    }
    System.err.println("PostgreSQL database: " + server + name + " (dropped at the end)");
    return new BenchPostgres(server, user, password, name, false);
  }

  /** A connection of the benchmark's own to the database (auto-commit), for bulk loads. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(server + name, user, password);
  }

  /** Micronaut properties pointing the default datasource (and its migrations) here. */
  Map<String, Object> properties() {
    return Map.of(
        "datasources.default.url",
        server + name,
        "datasources.default.username",
        user,
        "datasources.default.password",
        password,
        "datasources.default.maximum-pool-size",
        8,
        "flyway.datasources.default.enabled",
        true);
  }

  /**
   * The largest tables with their indexes and TOAST, in MiB, and the database's total (on a
   * connection of its own: the application's data source only lends connections inside its
   * transactions).
   */
  Map<String, Double> tableSizes(int top) throws SQLException {
    Map<String, Double> sizes = new LinkedHashMap<>();
    try (Connection c = connect();
        PreparedStatement st =
            c.prepareStatement(
                "select c.relname, pg_total_relation_size(c.oid) from pg_class c"
                    + " join pg_namespace n on n.oid = c.relnamespace"
                    + " where c.relkind = 'r' and n.nspname = current_schema()"
                    + " order by 2 desc limit ?")) {
      st.setInt(1, top);
      try (ResultSet rows = st.executeQuery()) {
        while (rows.next()) {
          sizes.put(rows.getString(1), rows.getLong(2) / (1024.0 * 1024.0));
        }
      }
      try (Statement total = c.createStatement();
          ResultSet row = total.executeQuery("select pg_database_size(current_database())")) {
        row.next();
        sizes.put("(database)", row.getLong(1) / (1024.0 * 1024.0));
      }
    }
    return sizes;
  }

  @Override
  public void close() throws SQLException {
    if (keep) {
      return;
    }
    try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }
}
