package dev.engram.api.compat.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Agent profiles in the application database (table {@code compat_agent_profiles}, V5_0). */
@Singleton
class AgentProfileStore {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final String COLUMNS =
      "agent_id, caller_id, profile_data, created_at, updated_at, expires_at";

  private final DataSource raw;
  private final TransactionOperations<Connection> transactions;
  private final ObjectMapper json = Json.mapper();

  AgentProfileStore(DataSource dataSource, TransactionOperations<Connection> transactions) {
    this.raw = DelegatingDataSource.unwrapDataSource(dataSource);
    this.transactions = transactions;
  }

  /** Writes the profile: an insert, or an update of the row of the same app, agent and caller. */
  void put(String appId, AgentProfile p) {
    String data = write(p.profileData());
    try (Connection c = raw.getConnection()) {
      for (int attempt = 0; ; attempt++) {
        try (PreparedStatement update =
            c.prepareStatement(
                "update compat_agent_profiles set profile_data = ?, created_at = ?, updated_at = ?,"
                    + " expires_at = ? where app_id = ? and agent_id = ? and caller_id = ?")) {
          update.setString(1, data);
          update.setObject(2, time(p.createdAt()));
          update.setObject(3, time(p.updatedAt()));
          update.setObject(4, time(p.expiresAt()));
          update.setString(5, appId);
          update.setString(6, p.agentId());
          update.setString(7, p.callerId());
          if (update.executeUpdate() > 0) {
            return;
          }
        }
        try (PreparedStatement insert =
            c.prepareStatement(
                "insert into compat_agent_profiles (app_id, "
                    + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?)")) {
          insert.setString(1, appId);
          insert.setString(2, p.agentId());
          insert.setString(3, p.callerId());
          insert.setString(4, data);
          insert.setObject(5, time(p.createdAt()));
          insert.setObject(6, time(p.updatedAt()));
          insert.setObject(7, time(p.expiresAt()));
          insert.executeUpdate();
          return;
        } catch (SQLException e) {
          // a concurrent first write of the same key inserted the row: update it instead
          if (attempt > 0 || !isDuplicate(e)) {
            throw e;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("agent profile could not be written", e);
    }
  }

  Optional<AgentProfile> find(String appId, String agentId, String callerId) {
    try (Connection c = raw.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select "
                    + COLUMNS
                    + " from compat_agent_profiles where app_id = ? and agent_id = ? and"
                    + " caller_id = ?")) {
      s.setString(1, appId);
      s.setString(2, agentId);
      s.setString(3, callerId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("agent profile could not be read", e);
    }
  }

  /** The app's profiles not expired at {@code now}, by agent and caller. */
  List<AgentProfile> all(String appId, Instant now) {
    try (Connection c = raw.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select "
                    + COLUMNS
                    + " from compat_agent_profiles where app_id = ? and expires_at > ?"
                    + " order by agent_id, caller_id")) {
      s.setString(1, appId);
      s.setObject(2, time(now));
      List<AgentProfile> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("agent profiles could not be read", e);
    }
  }

  /** Drops the app's profiles, in the app deletion's transaction when there is one. */
  void deleteApp(String appId) {
    String sql = "delete from compat_agent_profiles where app_id = ?";
    if (transactions.findTransactionStatus().isPresent()) {
      try (PreparedStatement s = transactions.getConnection().prepareStatement(sql)) {
        s.setString(1, appId);
        s.executeUpdate();
        return;
      } catch (SQLException e) {
        throw new IllegalStateException("agent profiles could not be deleted", e);
      }
    }
    try (Connection c = raw.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, appId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("agent profiles could not be deleted", e);
    }
  }

  private AgentProfile row(ResultSet rs) throws SQLException {
    return new AgentProfile(
        rs.getString(1),
        rs.getString(2),
        read(rs.getString(3)),
        rs.getObject(4, OffsetDateTime.class).toInstant(),
        rs.getObject(5, OffsetDateTime.class).toInstant(),
        rs.getObject(6, OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static boolean isDuplicate(SQLException e) {
    // 23505: unique violation (PostgreSQL and H2)
    return "23505".equals(e.getSQLState());
  }

  private String write(Map<String, Object> data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("profile_data cannot be written as JSON", e);
    }
  }

  private Map<String, Object> read(String data) {
    try {
      return json.readValue(data, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored profile_data is not JSON", e);
    }
  }
}
