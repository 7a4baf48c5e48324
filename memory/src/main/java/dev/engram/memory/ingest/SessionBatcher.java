package dev.engram.memory.ingest;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Message;
import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.task.AppGate;
import dev.engram.memory.task.Task;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batcher (DESIGN.md § 4, write path 4): messages are appended to a durable buffer per (app,
 * user, session); when it holds enough messages, or received nothing for the idle timeout, its
 * messages become a conversation task in the same transaction that empties the buffer.
 */
@Singleton
public class SessionBatcher {
  private static final Logger LOG = LoggerFactory.getLogger(SessionBatcher.class);

  /** What an append did: messages left in the buffer, and the task a flush queued, if any. */
  public record Appended(int buffered, Optional<String> flushedTaskId) {}

  private record Buffered(
      long seq, String role, String content, String id, Instant saidAt, @Nullable String name) {}

  private record Key(String appId, String userId, String sessionId) {}

  private final Transactions transactions;
  private final ConversationIngestion ingestion;
  private final BatcherConfiguration config;
  private final Clock clock;
  private final AppGate gate;

  public SessionBatcher(
      Transactions transactions,
      ConversationIngestion ingestion,
      BatcherConfiguration config,
      Clock clock,
      AppGate gate) {
    this.transactions = transactions;
    this.ingestion = ingestion;
    this.config = config;
    this.clock = clock;
    this.gate = gate;
  }

  /** Messages of one session that make a conversation task. */
  public int maxMessages() {
    return config.maxMessages() != null
        ? config.maxMessages()
        : ingestion.configuration().maxMessages();
  }

  /** Appends checked messages to the session's buffer, flushing it when it is full. */
  public Appended append(
      String appId, String userId, String sessionId, List<NewConversation.Turn> turns) {
    if (sessionId == null || sessionId.isBlank()) {
      throw MemoryException.invalid("session_id", "is required");
    }
    List<Message> checked =
        ingestion
            .validate(new NewConversation(userId, sessionId, null, turns, true), "")
            .messages();
    gate.requireOpen(appId);
    if (turns.size() > maxMessages()) {
      throw new MemoryException(
          MemoryErrorCode.TOO_MANY_MESSAGES,
          "messages: at most " + maxMessages() + " per call (got " + turns.size() + ")",
          "messages",
          null);
    }
    Key key = new Key(appId, userId, sessionId);
    Appended appended =
        transactions.inTransaction(
            c -> {
              Instant now = clock.instant();
              long seq = nextSeq(c, key);
              try (PreparedStatement s =
                  c.prepareStatement(
                      "insert into session_buffer_messages (app_id, user_id, session_id, seq,"
                          + " role, content, message_id, said_at, created_at, speaker_name)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < turns.size(); i++) {
                  NewConversation.Turn turn = turns.get(i);
                  s.setString(1, appId);
                  s.setString(2, userId);
                  s.setString(3, sessionId);
                  s.setLong(4, seq++);
                  s.setString(5, turn.role());
                  s.setString(6, turn.content());
                  s.setString(7, turn.id());
                  s.setObject(8, time(turn.createdAt()));
                  s.setObject(9, time(now));
                  s.setString(10, checked.get(i).name());
                  s.addBatch();
                }
                s.executeBatch();
              }
              List<Buffered> buffered = read(c, key);
              if (buffered.size() < maxMessages()) {
                return new Appended(buffered.size(), Optional.empty());
              }
              Task task = flush(c, key, buffered.subList(0, maxMessages()));
              return new Appended(buffered.size() - maxMessages(), Optional.of(task.id()));
            });
    appended.flushedTaskId().ifPresent(id -> ingestion.wake());
    return appended;
  }

  /** Flushes every buffer that received nothing for the idle timeout; returns the tasks queued. */
  public List<String> flushIdle() {
    Instant cutoff = clock.instant().minus(config.idleTimeout());
    List<Key> idle =
        transactions.inTransaction(
            c -> {
              List<Key> keys = new ArrayList<>();
              try (PreparedStatement s =
                  c.prepareStatement(
                      "select app_id, user_id, session_id from session_buffer_messages"
                          + " group by app_id, user_id, session_id having max(created_at) < ?")) {
                s.setObject(1, time(cutoff));
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    keys.add(new Key(r.getString(1), r.getString(2), r.getString(3)));
                  }
                }
              }
              return keys;
            });
    List<String> queued = new ArrayList<>();
    for (Key key : idle) {
      try {
        transactions.inTransaction(
            c -> {
              List<Buffered> buffered = read(c, key);
              if (!buffered.isEmpty()) {
                queued.add(flush(c, key, buffered).id());
              }
              return null;
            });
        ingestion.wake();
      } catch (RuntimeException e) {
        LOG.warn("flushing the idle buffer of session {} failed; next round", key.sessionId(), e);
      }
    }
    return queued;
  }

  /** How many messages a session's buffer holds. */
  public int buffered(String appId, String userId, String sessionId) {
    return transactions.inTransaction(c -> read(c, new Key(appId, userId, sessionId)).size());
  }

  private Task flush(Connection c, Key key, List<Buffered> messages) throws SQLException {
    long last = messages.get(messages.size() - 1).seq();
    try (PreparedStatement s =
        c.prepareStatement(
            "delete from session_buffer_messages where app_id = ? and user_id = ?"
                + " and session_id = ? and seq <= ?")) {
      s.setString(1, key.appId());
      s.setString(2, key.userId());
      s.setString(3, key.sessionId());
      s.setLong(4, last);
      if (s.executeUpdate() != messages.size()) {
        throw new MemoryException(
            MemoryErrorCode.VERSION_CONFLICT,
            "session " + key.sessionId() + " was flushed concurrently; try again");
      }
    }
    List<Message> conversation = new ArrayList<>(messages.size());
    Set<String> ids = new HashSet<>();
    for (Buffered m : messages) {
      String id = m.id() != null && ids.add(m.id()) ? m.id() : "s" + m.seq();
      ids.add(id);
      conversation.add(new Message(id, m.role(), m.content(), m.saidAt(), m.name()));
    }
    return ingestion.queue(
        key.appId(),
        new Conversation("pending", key.userId(), key.sessionId(), null, conversation));
  }

  private static long nextSeq(Connection c, Key key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select coalesce(max(seq), 0) from session_buffer_messages"
                + " where app_id = ? and user_id = ? and session_id = ?")) {
      s.setString(1, key.appId());
      s.setString(2, key.userId());
      s.setString(3, key.sessionId());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) + 1;
      }
    }
  }

  private static List<Buffered> read(Connection c, Key key) throws SQLException {
    List<Buffered> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select seq, role, content, message_id, said_at, speaker_name from session_buffer_messages"
                + " where app_id = ? and user_id = ? and session_id = ? order by seq")) {
      s.setString(1, key.appId());
      s.setString(2, key.userId());
      s.setString(3, key.sessionId());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          OffsetDateTime said = r.getObject(5, OffsetDateTime.class);
          out.add(
              new Buffered(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  said == null ? null : said.toInstant(),
                  r.getString(6)));
        }
      }
    }
    return out;
  }

  private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
