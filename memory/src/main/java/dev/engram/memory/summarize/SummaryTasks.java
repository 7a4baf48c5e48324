package dev.engram.memory.summarize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Message;
import dev.engram.memory.callback.CallbackOutcome;
import dev.engram.memory.ingest.MessagesJson;
import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.task.Jobs;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summaries delivered by callback, as durable tasks (kind {@code summary}): the accepted request is
 * stored with its job in one transaction, so it survives a restart; the job ({@link SummaryJob})
 * summarizes (full form) once, then makes one attempt per run, rescheduling itself after the
 * backoff, and records how it went as the task's result ({@code GET /v1/tasks/{id}}). A delivery
 * that failed after its attempts fails the task. A crash during delivery re-runs the job, so a
 * receiver may get a summary twice (at least once): the {@code task_id} in the body lets it drop
 * the repeat.
 *
 * <p>The callback headers are kept in the task payload until then, since the job needs them after a
 * restart.
 */
@Singleton
public class SummaryTasks {
  /** The task kind and job name. */
  public static final String KIND = "summary";

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final ObjectMapper MAPPER = Json.mapper();

  private final Transactions transactions;
  private final TaskRepository tasks;
  private final Jobs jobs;

  public SummaryTasks(Transactions transactions, TaskRepository tasks, Jobs jobs) {
    this.transactions = transactions;
    this.tasks = tasks;
    this.jobs = jobs;
  }

  /**
   * Queues a summary to deliver; everything was checked by the caller (the URL passed the SSRF
   * guard, the headers were checked). Returns the queued task.
   */
  public Task accept(
      String appId,
      String userId,
      @Nullable String sessionId,
      List<Message> messages,
      URI callbackUrl,
      Map<String, String> headers) {
    String payload = write(userId, sessionId, messages, callbackUrl, headers);
    Task task =
        transactions.inTransaction(
            c -> {
              Task queued = tasks.create(appId, KIND, payload);
              jobs.schedule(KIND, queued.id());
              return queued;
            });
    jobs.wake();
    return task;
  }

  private static String write(
      String userId,
      @Nullable String sessionId,
      List<Message> messages,
      URI callbackUrl,
      Map<String, String> headers) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("user_id", userId);
    out.put("session_id", sessionId);
    out.put("callback_url", callbackUrl.toString());
    out.put("callback_headers", headers);
    out.put("messages", MessagesJson.write(messages));
    return json(out);
  }

  @SuppressWarnings("unchecked")
  static SummaryCallback read(Task task) {
    Map<String, Object> in = parse(task.payload());
    List<Message> messages = MessagesJson.read((List<Map<String, Object>>) in.get("messages"));
    return new SummaryCallback(
        task.id(),
        task.appId(),
        (String) in.get("user_id"),
        (String) in.get("session_id"),
        messages,
        URI.create((String) in.get("callback_url")),
        (Map<String, String>) in.get("callback_headers"));
  }

  static String result(CallbackOutcome outcome) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("delivered", outcome.delivered());
    out.put("attempts", outcome.attempts());
    out.put("last_status", outcome.lastStatus());
    out.put("error", outcome.error());
    return json(out);
  }

  /** How the delivery went so far: the result kept after the last attempt, or none yet. */
  static CallbackOutcome progress(Task task) {
    if (task.result() == null) {
      return new CallbackOutcome(false, 0, null, "not attempted yet");
    }
    Map<String, Object> in = parse(task.result());
    Object status = in.get("last_status");
    Object error = in.get("error");
    return new CallbackOutcome(
        false,
        ((Number) in.getOrDefault("attempts", 0)).intValue(),
        status == null ? null : ((Number) status).intValue(),
        error == null ? "not delivered" : error.toString());
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "cannot write task payload: " + e.getOriginalMessage());
    }
  }

  private static Map<String, Object> parse(String json) {
    try {
      return MAPPER.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "unreadable task payload: " + e.getOriginalMessage());
    }
  }
}
