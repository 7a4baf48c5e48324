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
 * database, and dropped when the run ends, also when it fails.
 */
final class BenchPostgres implements AutoCloseable {
  private final String server;
  private final String user;
  private final String password;
  private final String name;

  private BenchPostgres(String server, String user, String password, String name) {
    this.server = server;
    this.user = user;
    this.password = password;
    this.name = name;
  }

  static BenchPostgres create(Map<String, String> options) throws SQLException {
    String server = options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/");
    if (!server.endsWith("/")) {
      server = server + "/";
    }
    String user = options.getOrDefault("pg-user", "postgres");
    String password = options.getOrDefault("pg-password", "");
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
    return new BenchPostgres(server, user, password, name);
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
    try (Connection c = DriverManager.getConnection(server + name, user, password);
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
    try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }
}
