package dev.engram.sdk;

import static java.util.Objects.requireNonNull;

import dev.engram.sdk.model.Message;
import dev.engram.sdk.model.Queued;
import dev.engram.sdk.model.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@link MemoryBatcher} without blocking: {@link #add} buffers at once and, when a batch is full,
 * returns the future of its conversation. Batches go out one after the other, in the order they
 * filled (a later one is sent after the earlier one was answered, even if that one failed), so the
 * server sees the user's conversation in order. Thread-safe.
 */
public final class AsyncMemoryBatcher {
  private final EngramAsync client;
  private final String userId;
  private final String sessionId;
  private final int maxMessages;
  private final List<Message> pending = new ArrayList<>();
  private final List<CompletableFuture<Queued>> queued = new ArrayList<>();
  private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

  AsyncMemoryBatcher(EngramAsync client, String userId, String sessionId, int maxMessages) {
    this.client = requireNonNull(client, "client is null");
    this.userId = requireNonNull(userId, "userId is null");
    this.sessionId = sessionId;
    if (maxMessages < 1) {
      throw new IllegalArgumentException("maxMessages must be at least 1");
    }
    this.maxMessages = maxMessages;
  }

  /** Buffers a message; when it completed a batch, the future of the conversation sent. */
  public Optional<CompletableFuture<Queued>> add(String role, String content) {
    return add(Message.of(role, content));
  }

  public synchronized Optional<CompletableFuture<Queued>> add(Message message) {
    pending.add(requireNonNull(message, "message is null"));
    return pending.size() >= maxMessages ? Optional.of(send()) : Optional.empty();
  }

  /** Sends what is buffered as a partial conversation; empty when nothing was. */
  public synchronized Optional<CompletableFuture<Queued>> flush() {
    return pending.isEmpty() ? Optional.empty() : Optional.of(send());
  }

  public synchronized int pending() {
    return pending.size();
  }

  /** The futures of every conversation this batcher sent, oldest first. */
  public synchronized List<CompletableFuture<Queued>> queued() {
    return List.copyOf(queued);
  }

  /**
   * Flushes, then completes when every conversation sent was processed (exceptionally when one
   * could not be sent, failed or ran out of time).
   */
  public CompletableFuture<List<Task>> flushAndWait(Duration timeout) {
    flush();
    List<CompletableFuture<Task>> tasks =
        queued().stream()
            .map(q -> q.thenCompose(sent -> client.waitFor(sent.taskId(), timeout)))
            .toList();
    return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
        .thenApply(ignored -> tasks.stream().map(CompletableFuture::join).toList());
  }

  private CompletableFuture<Queued> send() {
    List<Message> batch = List.copyOf(pending.subList(0, Math.min(maxMessages, pending.size())));
    pending.subList(0, batch.size()).clear();
    // every batch says it is partial: the server wants engram.ingest.max-messages messages unless
    // told so, and does not say its size
    CompletableFuture<Queued> sent =
        last.handle((ignored, failure) -> null)
            .thenCompose(ignored -> client.addConversation(userId, batch, sessionId, null, true));
    last = sent;
    queued.add(sent);
    return sent;
  }
}
