package dev.engram.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.sdk.model.AddResult;
import dev.engram.sdk.model.AgentMemories;
import dev.engram.sdk.model.Answer;
import dev.engram.sdk.model.Buffered;
import dev.engram.sdk.model.Entities;
import dev.engram.sdk.model.EntityMemories;
import dev.engram.sdk.model.EvolutionChain;
import dev.engram.sdk.model.ImportResult;
import dev.engram.sdk.model.Memory;
import dev.engram.sdk.model.MemoryEvent;
import dev.engram.sdk.model.MemoryPage;
import dev.engram.sdk.model.Message;
import dev.engram.sdk.model.Profile;
import dev.engram.sdk.model.Queued;
import dev.engram.sdk.model.Related;
import dev.engram.sdk.model.Relation;
import dev.engram.sdk.model.SearchResult;
import dev.engram.sdk.model.SummaryResult;
import dev.engram.sdk.model.Task;
import dev.engram.sdk.model.WhoAmI;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Engram}'s calls as {@code CompletableFuture}s: no thread blocks while a request is on the
 * wire or a retry waits. A failed future holds the same typed {@link EngramException}s (wrapped in
 * a {@code CompletionException} by {@code join()}).
 */
public final class EngramAsync {
  private final Transport transport;

  EngramAsync(Transport transport) {
    this.transport = transport;
  }

  public CompletableFuture<AddResult> createMemory(String content, String userId) {
    return createMemory(NewMemory.of(content).userId(userId));
  }

  public CompletableFuture<AddResult> createMemory(NewMemory memory) {
    return transport.sendAsync(Calls.createMemory(memory, true));
  }

  public CompletableFuture<AddResult> createMemories(String userId, List<NewMemory> memories) {
    return transport.sendAsync(Calls.createMemories(userId, memories));
  }

  public CompletableFuture<MemoryPage> listMemories(MemoryFilter filter) {
    return transport.sendAsync(Calls.listMemories(filter));
  }

  public CompletableFuture<Memory> getMemory(String memoryId) {
    return transport.sendAsync(Calls.getMemory(memoryId));
  }

  public CompletableFuture<Memory> updateMemory(String memoryId, MemoryUpdate update) {
    return transport.sendAsync(Calls.updateMemory(memoryId, update));
  }

  public CompletableFuture<Memory> deleteMemory(String memoryId) {
    return transport.sendAsync(Calls.deleteMemory(memoryId, null));
  }

  /** Erases every memory, event and relation of a user; completes with how many memories. */
  public CompletableFuture<Integer> eraseUser(String userId) {
    return transport.sendAsync(Calls.eraseUser(userId));
  }

  /** The memory's event log, oldest first. */
  public CompletableFuture<List<MemoryEvent>> memoryEvents(String memoryId) {
    return transport.sendAsync(Calls.memoryEvents(memoryId));
  }

  /** Records a typed relation (a lower-case word, e.g. {@code related_to}). */
  public CompletableFuture<Relation> relateMemories(String memoryId, String targetId, String type) {
    return transport.sendAsync(Calls.relate(memoryId, targetId, type));
  }

  public CompletableFuture<List<Related>> relatedMemories(String memoryId) {
    return transport.sendAsync(Calls.related(memoryId));
  }

  /** The entities the user's active memories name, the most often named first (up to 100). */
  public CompletableFuture<Entities> entities(String userId) {
    return entities(userId, null, null);
  }

  /** The user's entities of one {@code kind} (null: all), at most {@code limit} (null: 100). */
  public CompletableFuture<Entities> entities(String userId, String kind, Integer limit) {
    return transport.sendAsync(Calls.entities(userId, kind, limit));
  }

  /** The user's active memories that name an entity (a key or a name), newest first. */
  public CompletableFuture<EntityMemories> entityMemories(String userId, String entity) {
    return entityMemories(userId, entity, null);
  }

  public CompletableFuture<EntityMemories> entityMemories(
      String userId, String entity, Integer limit) {
    return transport.sendAsync(Calls.entityMemories(userId, entity, limit));
  }

  public CompletableFuture<SearchResult> search(String query, String userId) {
    return search(SearchQuery.of(query).userId(userId));
  }

  public CompletableFuture<SearchResult> search(SearchQuery query) {
    return transport.sendAsync(Calls.search(query));
  }

  public CompletableFuture<Answer> answer(String query, String userId) {
    return transport.sendAsync(Calls.answer(query, userId, null, null, null));
  }

  public CompletableFuture<AgentMemories> addAgentMemory(AgentMemory memory) {
    return transport.sendAsync(Calls.addAgentMemory(memory));
  }

  public CompletableFuture<Queued> addConversation(
      String userId, List<Message> messages, String sessionId, String agentId, boolean partial) {
    return transport.sendAsync(
        Calls.addConversation(userId, messages, sessionId, agentId, partial));
  }

  public CompletableFuture<Task> getTask(String taskId) {
    return transport.sendAsync(Calls.getTask(taskId));
  }

  /** Completes when the task finished (exceptionally when it failed or ran out of time). */
  public CompletableFuture<Task> waitFor(String taskId, Duration timeout) {
    try {
      return new TaskWait(transport, taskId, timeout).poll();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  public CompletableFuture<Buffered> addSessionMessage(
      String sessionId, String userId, Message message) {
    return transport.sendAsync(Calls.sessionMessages(sessionId, userId, List.of(message)));
  }

  public CompletableFuture<Buffered> addSessionMessages(
      String sessionId, String userId, List<Message> messages) {
    return transport.sendAsync(Calls.sessionMessages(sessionId, userId, messages));
  }

  public CompletableFuture<SummaryResult> summarizeConversation(
      String userId, List<Message> messages) {
    return transport.sendAsync(Calls.summarize(userId, messages, null, null, null));
  }

  public CompletableFuture<EvolutionChain> evolutionChain(String memoryId) {
    return transport.sendAsync(Calls.chain(memoryId));
  }

  public CompletableFuture<String> evolutionGraph(String memoryId, String format) {
    return transport.sendAsync(Calls.graph(memoryId, format));
  }

  public CompletableFuture<String> evolutionReport(String memoryId, String format) {
    return transport.sendAsync(Calls.report(memoryId, format));
  }

  /** A client-side batcher that never blocks ({@link Engram#batcher} without waiting). */
  public AsyncMemoryBatcher batcher(String userId, String sessionId, int maxMessages) {
    return new AsyncMemoryBatcher(this, userId, sessionId, maxMessages);
  }

  public AsyncMemoryBatcher batcher(String userId) {
    return batcher(userId, null, 10);
  }

  /** Every memory of the app with its events and relations, one record a line (admin scope). */
  public CompletableFuture<List<JsonNode>> exportMemories() {
    return transport.sendAsync(PlatformCalls.export());
  }

  /**
   * Writes the export to a file as NDJSON as it arrives (never held in memory); completes with the
   * bytes written. The export goes to {@code <file>.part} and replaces {@code file} once complete.
   */
  public CompletableFuture<Long> exportTo(Path file) {
    return Exports.toFileAsync(file, this::exportTo);
  }

  /**
   * Writes the export to {@code out} as NDJSON as it arrives, on the HTTP client's threads;
   * completes with the bytes written. {@code out} stays open.
   */
  public CompletableFuture<Long> exportTo(OutputStream out) {
    return transport.streamAsync(PlatformCalls.exportStream(), out);
  }

  /** Imports export lines; memories already present are skipped (admin scope). */
  public CompletableFuture<ImportResult> importMemories(byte[] ndjson) {
    return transport.sendAsync(PlatformCalls.importNdjson(ndjson));
  }

  /**
   * Imports an export file, streamed from disk as the request is written (never held in memory
   * whole) and sent again from its start if the request is retried; a missing file fails the future
   * with an {@code UncheckedIOException}.
   */
  public CompletableFuture<ImportResult> importMemories(Path file) {
    try {
      return transport.sendAsync(PlatformCalls.importFile(file));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Metrics, tool sessions and tool configuration, as futures. */
  public ToolsAsync tools() {
    return new ToolsAsync(transport);
  }

  /** The analytics and learning routes, as futures. */
  public AnalyticsAsync analytics() {
    return new AnalyticsAsync(transport);
  }

  public CompletableFuture<Profile> getProfile(String agentId, String callerId) {
    return transport.sendAsync(PlatformCalls.getProfile(agentId, callerId));
  }

  /** Stores what an agent keeps about a caller, living {@code ttlHours} (null: 24). */
  public CompletableFuture<Profile> saveProfile(
      String agentId, String callerId, Map<String, ?> profileData, Integer ttlHours) {
    return transport.sendAsync(PlatformCalls.saveProfile(agentId, callerId, profileData, ttlHours));
  }

  /** A single-use ticket for one realtime (WebSocket or EventSource) connection. */
  public CompletableFuture<JsonNode> realtimeTicket() {
    return transport.sendAsync(PlatformCalls.realtimeTicket());
  }

  public CompletableFuture<WhoAmI> whoami() {
    return transport.sendAsync(PlatformCalls.whoami());
  }

  public CompletableFuture<JsonNode> health() {
    return transport.sendAsync(PlatformCalls.health());
  }

  public CompletableFuture<JsonNode> request(
      String method, String path, Map<String, ?> query, Object body) {
    return transport.sendAsync(PlatformCalls.raw(method, path, query, body));
  }
}
