package dev.engram.sdk;

import static java.util.Objects.requireNonNull;

import dev.engram.sdk.model.Message;
import dev.engram.sdk.model.Queued;
import dev.engram.sdk.model.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A client-side batcher: one user's messages collect in memory and go out as one conversation each
 * {@code maxMessages} (the server's {@code engram.ingest.max-messages}, 10 by default). {@link
 * #flush} (or {@link #close}) sends the rest as a partial conversation.
 *
 * <p>The server has a durable batcher too ({@link Engram#addSessionMessage}); this one suits a chat
 * loop that wants one request per conversation rather than one per message. Thread-safe.
 */
public final class MemoryBatcher implements AutoCloseable {
  private final Engram client;
  private final String userId;
  private final String sessionId;
  private final int maxMessages;
  private final List<Message> pending = new ArrayList<>();
  private final List<Queued> queued = new ArrayList<>();

  MemoryBatcher(Engram client, String userId, String sessionId, int maxMessages) {
    this.client = requireNonNull(client, "client is null");
    this.userId = requireNonNull(userId, "userId is null");
    this.sessionId = sessionId;
    if (maxMessages < 1) {
      throw new IllegalArgumentException("maxMessages must be at least 1");
    }
    this.maxMessages = maxMessages;
  }

  /** Buffers a message; returns the queued task when it completed a batch. */
  public Optional<Queued> add(String role, String content) {
    return add(Message.of(role, content));
  }

  public synchronized Optional<Queued> add(Message message) {
    pending.add(requireNonNull(message, "message is null"));
    return pending.size() >= maxMessages ? Optional.of(send()) : Optional.empty();
  }

  /** Sends what is buffered as a partial conversation; empty when nothing was. */
  public synchronized Optional<Queued> flush() {
    return pending.isEmpty() ? Optional.empty() : Optional.of(send());
  }

  public synchronized int pending() {
    return pending.size();
  }

  /** Every task this batcher queued, oldest first. */
  public synchronized List<Queued> queued() {
    return List.copyOf(queued);
  }

  /** Waits for every queued task to finish. */
  public List<Task> waitAll(Duration timeout) {
    List<Task> out = new ArrayList<>();
    for (Queued q : queued()) {
      out.add(client.waitFor(q.taskId(), timeout));
    }
    return out;
  }

  @Override
  public void close() {
    flush();
  }

  private Queued send() {
    List<Message> batch = List.copyOf(pending.subList(0, Math.min(maxMessages, pending.size())));
    // the server wants engram.ingest.max-messages messages unless told the batch is partial, and
    // does not say its size: every batch says so
    Queued q = client.addConversation(userId, batch, sessionId, null, true);
    pending.subList(0, batch.size()).clear();
    queued.add(q);
    return q;
  }
}
