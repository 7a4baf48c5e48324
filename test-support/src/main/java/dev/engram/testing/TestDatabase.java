package dev.engram.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A database of its own for one test class: an in-memory H2 in PostgreSQL mode, or a fresh database
 * on the PostgreSQL server of this machine (127.0.0.1:5432, trust auth; {@code ENGRAM_TEST_PG_*}
 * override), dropped afterwards.
 */
public final class TestDatabase {
  private static final String PG_HOST = env("ENGRAM_TEST_PG_HOST", "127.0.0.1");
  private static final String PG_PORT = env("ENGRAM_TEST_PG_PORT", "5432");
  private static final String PG_USER = env("ENGRAM_TEST_PG_USER", "postgres");
  private static final String PG_PASSWORD = env("ENGRAM_TEST_PG_PASSWORD", "");

  private final String url;
  private final String user;
  private final String password;
  private final String postgresName;

  private TestDatabase(String url, String user, String password, String postgresName) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.postgresName = postgresName;
  }

  public static TestDatabase h2() {
    String name = "engram_" + UUID.randomUUID().toString().replace("-", "");
    return new TestDatabase(
        "jdbc:h2:mem:"
            + name
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sa",
        "",
        null);
  }

  /** Creates a fresh database; fails with a clear message when the server is not reachable. */
  public static TestDatabase postgres() {
    String name =
        "engram_test_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    try (Connection admin = adminConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is needed at "
              + PG_HOST
              + ":"
              + PG_PORT
              + " (user "
              + PG_USER
              + "); start it (.ci/run does) or set ENGRAM_TEST_PG_*: "
              + e.getMessage(),
          e);
    }
    return new TestDatabase(
        "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + name, PG_USER, PG_PASSWORD, name);
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /**
   * Runs the migrations on the class path ({@code db/migration}) here, then opens a pool of at most
   * {@code maxPoolSize} connections whose URL ends with {@code urlSettings} (e.g. {@code
   * ;LOCK_TIMEOUT=200}, or empty).
   */
  public HikariDataSource pool(String urlSettings, int maxPoolSize) {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url + urlSettings);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(maxPoolSize);
    return new HikariDataSource(config);
  }

  /** Micronaut properties pointing the default datasource (and its migrations) here. */
  public Map<String, String> properties() {
    return Map.of(
        "datasources.default.url", url,
        "datasources.default.username", user,
        "datasources.default.password", password,
        "flyway.datasources.default.enabled", "true");
  }

  /** Drops a PostgreSQL database even while the test's pool still holds connections. */
  public void drop() {
    if (postgresName == null) {
      return;
    }
    try (Connection admin = adminConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + postgresName + " with (force)");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop test database " + postgresName, e);
    }
  }

  private static Connection adminConnection() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres", PG_USER, PG_PASSWORD);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
