package dev.engram.api.compat.elevenlabs;

import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.AppLifecycleListener;
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
import java.util.Optional;
import javax.sql.DataSource;

/** ElevenLabs settings and accepted conversations in the application database (V5_1). */
@Singleton
class ElevenLabsStore implements AppLifecycleListener {
  private final DataSource raw;
  private final TransactionOperations<Connection> transactions;

  ElevenLabsStore(DataSource dataSource, TransactionOperations<Connection> transactions) {
    this.raw = DelegatingDataSource.unwrapDataSource(dataSource);
    this.transactions = transactions;
  }

  Optional<ElevenLabsSettings> find(String appId) {
    try (Connection c = raw.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select webhook_secret, first_message_template, default_agent_id, updated_at"
                    + " from compat_elevenlabs_settings where app_id = ?")) {
      s.setString(1, appId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new ElevenLabsSettings(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class).toInstant()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("ElevenLabs settings could not be read", e);
    }
  }

  void put(String appId, ElevenLabsSettings settings) {
    try (Connection c = raw.getConnection()) {
      try (PreparedStatement update =
          c.prepareStatement(
              "update compat_elevenlabs_settings set webhook_secret = ?, first_message_template = ?,"
                  + " default_agent_id = ?, updated_at = ? where app_id = ?")) {
        bind(update, settings);
        update.setString(5, appId);
        if (update.executeUpdate() > 0) {
          return;
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into compat_elevenlabs_settings (webhook_secret, first_message_template,"
                  + " default_agent_id, updated_at, app_id) values (?, ?, ?, ?, ?)")) {
        bind(insert, settings);
        insert.setString(5, appId);
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("ElevenLabs settings could not be written", e);
    }
  }

  /** Records a conversation as accepted; false when it already was. */
  boolean accept(String appId, String conversationId, Instant now) {
    try (Connection c = raw.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into compat_elevenlabs_conversations (app_id, conversation_id, received_at)"
                    + " values (?, ?, ?)")) {
      s.setString(1, appId);
      s.setString(2, conversationId);
      s.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        return false;
      }
      throw new IllegalStateException("conversation could not be recorded", e);
    }
  }

  /** Forgets an accepted conversation (its ingestion could not be queued). */
  void forget(String appId, String conversationId) {
    try (Connection c = raw.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "delete from compat_elevenlabs_conversations where app_id = ? and"
                    + " conversation_id = ?")) {
      s.setString(1, appId);
      s.setString(2, conversationId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("conversation could not be forgotten", e);
    }
  }

  @Override
  public void appDeleted(App app) {
    for (String table :
        new String[] {"compat_elevenlabs_settings", "compat_elevenlabs_conversations"}) {
      String sql = "delete from " + table + " where app_id = ?";
      try {
        if (transactions.findTransactionStatus().isPresent()) {
          try (PreparedStatement s = transactions.getConnection().prepareStatement(sql)) {
            s.setString(1, app.id());
            s.executeUpdate();
          }
        } else {
          try (Connection c = raw.getConnection();
              PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, app.id());
            s.executeUpdate();
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("ElevenLabs data could not be deleted", e);
      }
    }
  }

  private static void bind(PreparedStatement s, ElevenLabsSettings settings) throws SQLException {
    s.setString(1, settings.webhookSecret());
    s.setString(2, settings.firstMessageTemplate());
    s.setString(3, settings.defaultAgentId());
    s.setObject(4, OffsetDateTime.ofInstant(settings.updatedAt(), ZoneOffset.UTC));
  }
}
