package dev.engram.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.sdk.model.AddResult;
import dev.engram.sdk.model.AgentMemories;
import dev.engram.sdk.model.Answer;
import dev.engram.sdk.model.Buffered;
import dev.engram.sdk.model.Entities;
import dev.engram.sdk.model.EntityMemories;
import dev.engram.sdk.model.EvolutionChain;
import dev.engram.sdk.model.EvolutionReport;
import dev.engram.sdk.model.ImportResult;
import dev.engram.sdk.model.Memory;
import dev.engram.sdk.model.MemoryEvent;
import dev.engram.sdk.model.MemoryPage;
import dev.engram.sdk.model.Message;
import dev.engram.sdk.model.PoolStats;
import dev.engram.sdk.model.Profile;
import dev.engram.sdk.model.Queued;
import dev.engram.sdk.model.Related;
import dev.engram.sdk.model.Relation;
import dev.engram.sdk.model.SearchHit;
import dev.engram.sdk.model.SearchResult;
import dev.engram.sdk.model.SummaryResult;
import dev.engram.sdk.model.Task;
import dev.engram.sdk.model.WhoAmI;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client of Engram's native HTTP API. Every method maps to one route and blocks until it has the
 * answer; {@link #async()} has the same calls as {@code CompletableFuture}s. The API key decides
 * the app. Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (Engram engram = Engram.create()) {          // ENGRAM_URL, ENGRAM_API_KEY
 *   engram.createMemory("User prefers window seats", "ana");
 *   for (SearchHit hit : engram.search("where does Ana like to sit?", "ana")) {
 *     System.out.println(hit.compositeScore() + " " + hit.memory().content());
 *   }
 * }
 * }</pre>
 */
public final class Engram implements AutoCloseable {
  /** This SDK's version, sent in the {@code User-Agent}. */
  public static final String VERSION = "0.1.0";

  final Transport transport;
  private final boolean ownsHttpClient;
  private final EngramAsync async;

  Engram(Transport transport, boolean ownsHttpClient) {
    this.transport = transport;
    this.ownsHttpClient = ownsHttpClient;
    this.async = new EngramAsync(transport);
  }

  /** A client configured from {@code ENGRAM_URL} and {@code ENGRAM_API_KEY}. */
  public static Engram create() {
    return builder().build();
  }

  public static Engram create(String baseUrl, String apiKey) {
    return builder().baseUrl(baseUrl).apiKey(apiKey).build();
  }

  public static EngramBuilder builder() {
    return new EngramBuilder(System.getenv());
  }

  /** A builder reading {@code ENGRAM_URL} and {@code ENGRAM_API_KEY} from the given variables. */
  public static EngramBuilder builder(Map<String, String> environment) {
    return new EngramBuilder(environment);
  }

  /** The same calls, returning {@code CompletableFuture}s and never blocking a thread. */
  public EngramAsync async() {
    return async;
  }

  public String baseUrl() {
    return transport.base().toString();
  }

  @Override
  public void close() {
    if (ownsHttpClient) {
      transport.http().close();
    }
  }

  // ------------------------------------------------------------------ memories

  /** Stores one memory for a user; a paraphrase reinforces, a contradiction supersedes. */
  public AddResult createMemory(String content, String userId) {
    return createMemory(NewMemory.of(content).userId(userId));
  }

  public AddResult createMemory(NewMemory memory) {
    return transport.send(Calls.createMemory(memory, true));
  }

  /** Stores the memory as given, without resolution against the user's other memories. */
  public AddResult createMemoryUnresolved(NewMemory memory) {
    return transport.send(Calls.createMemory(memory, false));
  }

  /** Stores up to 1,000 memories in one request; items inherit {@code userId}. */
  public AddResult createMemories(String userId, List<NewMemory> memories) {
    return transport.send(Calls.createMemories(userId, memories));
  }

  /** One page of memories, newest first by default. */
  public MemoryPage listMemories(MemoryFilter filter) {
    return transport.send(Calls.listMemories(filter));
  }

  /** Every memory matching the filter, fetched page by page with the API's cursor. */
  public Iterable<Memory> iterateMemories(MemoryFilter filter, int pageSize) {
    return () -> new MemoryPages(this, filter, pageSize).memories();
  }

  /** A memory in any status; {@link NotFoundException} when there is none. */
  public Memory getMemory(String memoryId) {
    return transport.send(Calls.getMemory(memoryId));
  }

  /** Like {@link #getMemory}, but empty when the memory does not exist. */
  public Optional<Memory> findMemory(String memoryId) {
    try {
      return Optional.of(getMemory(memoryId));
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }

  public Memory updateMemory(String memoryId, MemoryUpdate update) {
    return transport.send(Calls.updateMemory(memoryId, update));
  }

  /** Marks a memory deleted (its history stays) and returns it. */
  public Memory deleteMemory(String memoryId) {
    return deleteMemory(memoryId, null);
  }

  public Memory deleteMemory(String memoryId, String reason) {
    return transport.send(Calls.deleteMemory(memoryId, reason));
  }

  /** Erases every memory, event and relation of a user; returns how many memories. */
  public int eraseUser(String userId) {
    return transport.send(Calls.eraseUser(userId));
  }

  /** The memory's event log, oldest first. */
  public List<MemoryEvent> memoryEvents(String memoryId) {
    return transport.send(Calls.memoryEvents(memoryId));
  }

  /** Records a typed relation (a lower-case word, e.g. {@code related_to}). */
  public Relation relateMemories(String memoryId, String targetId, String type) {
    return transport.send(Calls.relate(memoryId, targetId, type));
  }

  public List<Related> relatedMemories(String memoryId) {
    return transport.send(Calls.related(memoryId));
  }

  // ------------------------------------------------------------------ entities

  /**
   * The entities (people, places, organizations, products, dates) the user's active memories name,
   * the most often named first, up to 100.
   */
  public Entities entities(String userId) {
    return entities(userId, null, null);
  }

  /**
   * The user's entities; {@code kind} (null: every kind) keeps one of {@code person}, {@code
   * place}, {@code organization}, {@code product}, {@code date}; {@code limit} 1 to 1,000 (null:
   * 100).
   */
  public Entities entities(String userId, String kind, Integer limit) {
    return transport.send(Calls.entities(userId, kind, limit));
  }

  /**
   * The user's active memories that name an entity, newest first, up to 100; {@code entity} is a
   * key from {@link #entities} or a name as written ("New York").
   */
  public EntityMemories entityMemories(String userId, String entity) {
    return entityMemories(userId, entity, null);
  }

  /** The same, with {@code limit} 1 to 1,000 (null: 100). */
  public EntityMemories entityMemories(String userId, String entity, Integer limit) {
    return transport.send(Calls.entityMemories(userId, entity, limit));
  }

  // ------------------------------------------------------------------ search and answers

  public SearchResult search(String query, String userId) {
    return search(SearchQuery.of(query).userId(userId));
  }

  /** Hybrid search with composite scoring. */
  public SearchResult search(SearchQuery query) {
    return transport.send(Calls.search(query));
  }

  /** Seed 001's {@code query_memory}: the hits of {@link #search} as a list. */
  public List<SearchHit> queryMemory(
      String query, String userId, Integer nResults, Double similarityThreshold) {
    SearchQuery q = SearchQuery.of(query).userId(userId);
    if (nResults != null) {
      q.limit(nResults);
    }
    if (similarityThreshold != null) {
      q.similarityThreshold(similarityThreshold);
    }
    return search(q).results();
  }

  /** Answers a question from the user's best memories. */
  public Answer answer(String query, String userId) {
    return transport.send(Calls.answer(query, userId, null, null, null));
  }

  /** Seed 001's {@code answer_query}; null arguments are left to the server's defaults. */
  public Answer answerQuery(
      String query, String userId, String sessionId, Integer nResults, Double similarityThreshold) {
    return transport.send(Calls.answer(query, userId, sessionId, nResults, similarityThreshold));
  }

  // ------------------------------------------------------------------ ingestion

  /** The agent fast path: a text saved as a memory, without resolution. */
  public AgentMemories addAgentMemory(String userId, String text) {
    return addAgentMemory(AgentMemory.text(userId, text));
  }

  public AgentMemories addAgentMemory(AgentMemory memory) {
    return transport.send(Calls.addAgentMemory(memory));
  }

  /** Queues a conversation (10 messages) for extraction; {@link #waitFor} the task. */
  public Queued addConversation(String userId, List<Message> messages) {
    return addConversation(userId, messages, null, null, false);
  }

  /** {@code partial}: fewer messages than the server's {@code engram.ingest.max-messages}. */
  public Queued addConversation(
      String userId, List<Message> messages, String sessionId, String agentId, boolean partial) {
    return transport.send(Calls.addConversation(userId, messages, sessionId, agentId, partial));
  }

  /** Seed 001's {@code add_memory}: a conversation queued for synthesis. */
  public Queued addMemory(String userId, List<Message> messages, String sessionId) {
    return addConversation(userId, messages, sessionId, null, false);
  }

  public Task getTask(String taskId) {
    return transport.send(Calls.getTask(taskId));
  }

  /** Polls the task until it finished; {@link TaskFailedException} when it failed. */
  public Task waitFor(Queued queued) {
    return waitFor(queued.taskId(), Duration.ofSeconds(60));
  }

  /**
   * Polls a task until it succeeds or fails, at most {@code timeout}: {@link TaskFailedException}
   * when it failed, {@link EngramTimeoutException} when it has not finished in time.
   */
  public Task waitFor(String taskId, Duration timeout) {
    return new TaskWait(transport, taskId, timeout).block();
  }

  /** Appends a message to the session's durable buffer on the server. */
  public Buffered addSessionMessage(String sessionId, String userId, Message message) {
    return transport.send(Calls.sessionMessages(sessionId, userId, List.of(message)));
  }

  public Buffered addSessionMessages(String sessionId, String userId, List<Message> messages) {
    return transport.send(Calls.sessionMessages(sessionId, userId, messages));
  }

  /** Seed 001's batcher call: the server's session batcher (session {@code default} if null). */
  public Buffered memoryBatcherAddMessage(
      String userId, String role, String content, String sessionId) {
    return addSessionMessage(
        sessionId == null ? "default" : sessionId, userId, Message.of(role, content));
  }

  /** A client-side batcher sending one conversation each {@code maxMessages} messages. */
  public MemoryBatcher batcher(String userId, String sessionId, int maxMessages) {
    return new MemoryBatcher(this, userId, sessionId, maxMessages);
  }

  public MemoryBatcher batcher(String userId) {
    return batcher(userId, null, 10);
  }

  /** Summarizes messages at once. */
  public SummaryResult summarizeConversation(String userId, List<Message> messages) {
    return transport.send(Calls.summarize(userId, messages, null, null, null));
  }

  /** Summarizes; with a callback URL the full summary is POSTed there later. */
  public SummaryResult summarizeConversation(
      String userId,
      List<Message> messages,
      String sessionId,
      String callbackUrl,
      Map<String, String> callbackHeaders) {
    return transport.send(
        Calls.summarize(userId, messages, sessionId, callbackUrl, callbackHeaders));
  }

  // ------------------------------------------------------------------ evolution

  /** The memory's chain of versions, oldest first, whichever member is asked for. */
  public EvolutionChain evolutionChain(String memoryId) {
    return transport.send(Calls.chain(memoryId));
  }

  /** Seed 001's name for {@link #evolutionChain}. */
  public EvolutionChain traverseMemoryEvolutionChain(String memoryId) {
    return evolutionChain(memoryId);
  }

  /** The chain drawn as {@code mermaid}, {@code dot} or {@code html}. */
  public String evolutionGraph(String memoryId, String format) {
    return transport.send(Calls.graph(memoryId, format));
  }

  /** Seed 001's name: the graph of a chain. */
  public String generateEvolutionGraph(EvolutionChain chain, String format) {
    return evolutionGraph(chain.memoryId(), format);
  }

  /** What happened to the memory, as {@code markdown}, {@code text} or {@code json} text. */
  public String evolutionReport(String memoryId, String format) {
    return transport.send(Calls.report(memoryId, format));
  }

  public EvolutionReport evolutionReport(String memoryId) {
    return transport.send(Calls.reportJson(memoryId));
  }

  /** Seed 001's name: the report of a chain. */
  public String generateEvolutionReport(EvolutionChain chain, String format) {
    return evolutionReport(chain.memoryId(), format);
  }

  // ------------------------------------------------------------------ export, import, profiles

  /** Every memory of the app with its events and relations, one record a line (admin scope). */
  public List<JsonNode> exportMemories() {
    return transport.send(PlatformCalls.export());
  }

  /**
   * Writes the export to a file as NDJSON, streamed as it arrives (never held in memory); returns
   * the bytes written. The file appears whole or not at all: the export goes to {@code <file>.part}
   * first and replaces {@code file} once complete.
   */
  public long exportTo(Path file) {
    return Exports.toFile(file, out -> exportTo(out));
  }

  /** Writes the export to {@code out} as NDJSON, streamed as it arrives; returns the bytes. */
  public long exportTo(OutputStream out) {
    return transport.stream(PlatformCalls.exportStream(), out);
  }

  /** Imports export lines; memories already present are skipped (admin scope). */
  public ImportResult importMemories(byte[] ndjson) {
    return transport.send(PlatformCalls.importNdjson(ndjson));
  }

  /**
   * Imports an export file; the file is streamed from disk as the request is written (never held in
   * memory whole), and sent again from its start if the request is retried.
   */
  public ImportResult importMemories(Path file) {
    return transport.send(PlatformCalls.importFile(file));
  }

  /** Stores what an agent keeps about a caller, living {@code ttlHours} (null: 24). */
  public Profile saveProfile(
      String agentId, String callerId, Map<String, ?> profileData, Integer ttlHours) {
    return transport.send(PlatformCalls.saveProfile(agentId, callerId, profileData, ttlHours));
  }

  public Profile getProfile(String agentId, String callerId) {
    return transport.send(PlatformCalls.getProfile(agentId, callerId));
  }

  /** Metrics, tool sessions and tool configuration (seed 000). */
  public Tools tools() {
    return new Tools(transport);
  }

  /** Analytics and learning routes (JSON as the API sends it). */
  public Analytics analytics() {
    return new Analytics(transport);
  }

  /**
   * Any other route of the native API, with this client's key, retries and errors: the decoded JSON
   * (a text node for a non-JSON answer, a missing node for an empty one).
   */
  public JsonNode request(String method, String path, Map<String, ?> query, Object body) {
    return transport.send(PlatformCalls.raw(method, path, query, body));
  }

  // ------------------------------------------------------------------ the key and the server

  public WhoAmI whoami() {
    return transport.send(PlatformCalls.whoami());
  }

  /** The server's health ({@code GET /health}). */
  public JsonNode health() {
    return transport.send(PlatformCalls.health());
  }

  /** A single-use ticket for one WebSocket or EventSource connection. */
  public JsonNode realtimeTicket() {
    return transport.send(PlatformCalls.realtimeTicket());
  }

  /**
   * Seed 001's {@code warm_up}: opens a connection and checks the server and the key; false (never
   * an exception) when either fails.
   */
  public boolean warmUp() {
    try {
      String status = health().path("status").asText("UP");
      whoami();
      return status.equalsIgnoreCase("UP");
    } catch (EngramException e) {
      return false;
    }
  }

  /** Seed 001's {@code get_connection_pool_stats}, for this client. */
  public PoolStats getConnectionPoolStats() {
    return new PoolStats(
        baseUrl(),
        transport.http().version().name(),
        transport.inFlight(),
        transport.sent(),
        transport.retries());
  }
}
