package dev.engram.api.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.engram.api.testing.Http;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The outbox tests' look at {@code realtime_outbox}, and the write whose rows they follow. */
final class OutboxRows {
  private OutboxRows() {}

  /** Stores one memory (not resolved) and returns its id. */
  static String remember(Http http, String key, String user, String content) {
    Http.Response stored =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", content, "resolve", false)),
            Http.bearer(key));
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    return ((List<?>) stored.at("ids")).get(0).toString();
  }

  /** How many outbox rows hold {@code text} in their body (an id, a marker). */
  static long count(DataSource dataSource, String text) {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement s =
            c.prepareStatement("select count(*) from realtime_outbox where body like ?")) {
      s.setString(1, "%" + text + "%");
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until no outbox row holds {@code text} (a gateway queued them and deleted them). */
  static void awaitNone(DataSource dataSource, String text, Duration within) {
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () ->
                assertThat(count(dataSource, text))
                    .as("outbox rows holding '" + text + "'")
                    .isZero());
  }
}
