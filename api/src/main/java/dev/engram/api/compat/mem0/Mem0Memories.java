package dev.engram.api.compat.mem0;

import dev.engram.api.compat.CompatException;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.Message;
import dev.engram.memory.ingest.ConversationIngestion;
import dev.engram.memory.ingest.NewConversation;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import dev.engram.memory.write.AgentMemoryRequest;
import dev.engram.memory.write.AgentMemoryWriter;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mem0 surface's link to the engine. An add with inference (mem0's default) is a conversation
 * for ingestion, a durable task whose id is mem0's {@code event_id}; {@code infer: false} is the
 * agent fast path (messages stored as they are), recorded as an already finished task so that its
 * event can be looked up the same way. Reads are one user's active memories.
 */
@Singleton
final class Mem0Memories {
  /** The task kind of an add stored on the fast path. */
  static final String FAST_ADD = "mem0_add";

  /** How many of a user's newest memories a filtered list looks at. */
  static final int SCAN = MemoryReader.MAX_PAGE;

  private final ConversationIngestion ingestion;
  private final AgentMemoryWriter fastPath;
  private final TaskRepository tasks;
  private final MemoryReader reader;
  private final JsonMapper json;
  private final Duration syncAddTimeout;

  Mem0Memories(
      ConversationIngestion ingestion,
      AgentMemoryWriter fastPath,
      TaskRepository tasks,
      MemoryReader reader,
      JsonMapper json,
      Mem0Configuration config) {
    this.ingestion = ingestion;
    this.fastPath = fastPath;
    this.tasks = tasks;
    this.reader = reader;
    this.json = json;
    this.syncAddTimeout = Duration.ofSeconds(config.syncAddTimeoutSeconds());
  }

  /**
   * What an add did: its event (task) and whether it is still pending (an inferred add not waited
   * for, or not finished in time); once done, the memories it stored.
   */
  record Added(String eventId, boolean pending, List<Memory> stored) {}

  /**
   * An add. With inference the conversation is queued for ingestion with the request's metadata;
   * when {@code mayWait} and the request says {@code async_mode: false}, the answer waits for the
   * ingestion to finish (at most {@code engram.compat.mem0.sync-add-timeout-seconds}, then it is
   * pending).
   */
  Added add(AppScope scope, Map<String, Object> body, boolean mayWait) {
    String user = Mem0Bodies.string(body, "user_id");
    if (user == null) {
      throw new CompatException(
          400, "user_required", "user_id: is required (Engram keeps memories per user)", "user_id");
    }
    String agent = Mem0Bodies.string(body, "agent_id");
    String run = Mem0Bodies.string(body, "run_id");
    Map<String, Object> metadata = Mem0Bodies.metadata(body);
    String app = Mem0Bodies.string(body, "app_id");
    if (app != null) {
      metadata.put("app_id", app);
    }
    List<Message> messages = Mem0Bodies.messages(body.get("messages"));
    boolean infer = !Boolean.FALSE.equals(Mem0Bodies.bool(body, "infer"));
    boolean sync = Boolean.FALSE.equals(Mem0Bodies.bool(body, "async_mode"));
    if (infer) {
      List<NewConversation.Turn> turns = new ArrayList<>();
      for (Message m : messages) {
        turns.add(new NewConversation.Turn(m.id(), m.role(), m.content(), null, m.name()));
      }
      Task task =
          ingestion.accept(
              scope.appId(),
              new NewConversation(
                  user, run, agent, turns, true, metadata.isEmpty() ? null : metadata));
      if (!(sync && mayWait)) {
        return new Added(task.id(), true, List.of());
      }
      Task done = ingestion.awaitIngested(scope.appId(), task.id(), syncAddTimeout).orElse(task);
      return switch (done.status()) {
        case QUEUED, RUNNING -> new Added(task.id(), true, List.of());
        case SUCCEEDED -> new Added(task.id(), false, stored(scope, done));
        case FAILED ->
            throw new CompatException(
                500,
                "ingestion_failed",
                "the memories could not be extracted: " + String.join("; ", done.errors()),
                null);
      };
    }
    List<Memory> saved =
        fastPath.save(
            scope.appId(),
            scope.keyId(),
            new AgentMemoryRequest(
                user,
                run,
                agent,
                null,
                messages,
                null,
                null,
                null,
                null,
                metadata.isEmpty() ? null : metadata));
    Task task = tasks.create(scope.appId(), FAST_ADD, write(Map.of("user_id", user)));
    tasks.saveResult(
        task.id(), write(Map.of("memory_ids", saved.stream().map(Memory::id).toList())));
    tasks.succeed(task.id());
    return new Added(task.id(), false, saved);
  }

  /** mem0's event of an add: status, and the memories it stored once it is done. */
  Map<String, Object> event(AppScope scope, String eventId) {
    Task task =
        tasks
            .find(scope.appId(), eventId)
            .filter(t -> t.kind().equals(FAST_ADD) || t.kind().equals(ConversationIngestion.KIND))
            .orElseThrow(() -> CompatException.notFound("event " + eventId + " not found"));
    List<Map<String, Object>> results = new ArrayList<>();
    for (Memory m : stored(scope, task)) {
      results.add(Mem0Views.added(m, "ADD"));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", task.id());
    out.put("event_type", "ADD");
    out.put(
        "status",
        switch (task.status()) {
          case QUEUED -> "PENDING";
          case RUNNING -> "RUNNING";
          case SUCCEEDED -> "SUCCEEDED";
          case FAILED -> "FAILED";
        });
    out.put("results", results);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("added", task.counts().added());
    counts.put("updated", task.counts().updated());
    counts.put("reinforced", task.counts().reinforced());
    counts.put("deleted", task.counts().deleted());
    counts.put("skipped", task.counts().skipped());
    out.put("metadata", Map.of("counts", counts, "errors", task.errors()));
    out.put("created_at", Mem0Views.time(task.createdAt()));
    out.put("updated_at", Mem0Views.time(task.finishedAt()));
    out.put("started_at", Mem0Views.time(task.startedAt()));
    out.put("completed_at", Mem0Views.time(task.finishedAt()));
    out.put(
        "latency",
        task.finishedAt() == null
            ? null
            : task.finishedAt().toEpochMilli() - task.createdAt().toEpochMilli());
    return out;
  }

  /**
   * The memories an add stored; a fact that reinforced or updated another memory is counted in the
   * event, not listed.
   */
  private List<Memory> stored(AppScope scope, Task task) {
    List<String> ids =
        task.kind().equals(FAST_ADD) ? resultIds(task) : ConversationIngestion.factMemoryIds(task);
    List<Memory> out = new ArrayList<>();
    for (String id : ids) {
      try {
        out.add(reader.get(scope.appId(), id));
      } catch (MemoryException e) {
        // no memory of that id: the fact reinforced or updated another one
      }
    }
    return out;
  }

  /** The selection's memories, newest first (at most {@link #SCAN} of the user's are read). */
  List<Memory> list(AppScope scope, Mem0Selection selection) {
    return reader
        .list(scope.appId(), selection.storeFilter(), MemoryFilter.Sort.NEWEST_FIRST, SCAN, 0)
        .memories()
        .stream()
        .filter(selection.predicate())
        .toList();
  }

  /** An active memory of the app; deleted and superseded ones are gone, as in mem0. */
  Memory active(AppScope scope, String id) {
    Memory m = reader.read(scope.appId(), id);
    if (m.status() != MemoryStatus.ACTIVE) {
      throw CompatException.notFound("memory " + id + " not found");
    }
    return m;
  }

  private List<String> resultIds(Task task) {
    if (task.result() == null) {
      return List.of();
    }
    try {
      Map<?, ?> result = json.readValue(task.result(), Map.class);
      List<String> ids = new ArrayList<>();
      if (result.get("memory_ids") instanceof List<?> list) {
        list.forEach(id -> ids.add(String.valueOf(id)));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static @Nullable String nullIfBlank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
