package dev.engram.memory.summarize;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engram.memory.Json;
import dev.engram.memory.callback.CallbackAttempt;
import dev.engram.memory.callback.CallbackSender;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the full summary of a callback request ({@link #body}) and POSTs it to the caller, one
 * {@link #attempt} per run of the durable job; the job waits between attempts by rescheduling
 * itself.
 *
 * <p>The JSON sent: {@code {task_id, user_id, session_id, content, engine, delivery: "callback",
 * message_ids, created_at}}.
 */
@Singleton
public final class SummaryDelivery {
  private static final Logger LOG = LoggerFactory.getLogger(SummaryDelivery.class);

  private final Summarizer summarizer;
  private final CallbackSender sender;
  private final Clock clock;
  private final ObjectMapper json = Json.mapper();

  public SummaryDelivery(Summarizer summarizer, CallbackSender sender, Clock clock) {
    this.summarizer = requireNonNull(summarizer, "summarizer is null");
    this.sender = requireNonNull(sender, "sender is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /**
   * The JSON to send: the full summary of the conversation. Computed once per task and kept, so
   * that every attempt sends the same bytes.
   *
   * @throws IllegalStateException when the summary cannot be made
   */
  public byte[] body(SummaryCallback job) {
    requireNonNull(job, "job is null");
    try {
      return body(job, summarizer.forApp(job.appId()).summarize(job.messages(), false));
    } catch (RuntimeException | JsonProcessingException e) {
      LOG.warn("summary of task {} failed", job.taskId(), e);
      throw new IllegalStateException("summary failed: " + e.getMessage(), e);
    }
  }

  /** One attempt to deliver the body; never throws for a failed delivery, it reports it. */
  public CallbackAttempt attempt(SummaryCallback job, byte[] body) {
    CallbackAttempt attempt = sender.attempt(job.callbackUrl(), job.headers(), body);
    if (attempt.delivered()) {
      LOG.debug("summary of task {} delivered", job.taskId());
    } else {
      LOG.info(
          "summary of task {} (app {}) not delivered: {}",
          job.taskId(),
          job.appId(),
          attempt.error());
    }
    return attempt;
  }

  /** Attempts per callback, the first included. */
  int maxAttempts() {
    return sender.maxAttempts();
  }

  /** The wait after failed attempt number {@code attempt} before the next one. */
  Duration waitAfter(int attempt, CallbackAttempt failed) {
    return sender.waitAfter(attempt, failed.retryAfter());
  }

  private byte[] body(SummaryCallback job, Summary summary) throws JsonProcessingException {
    ObjectNode body =
        json.createObjectNode()
            .put("task_id", job.taskId())
            .put("user_id", job.userId())
            .put("session_id", job.sessionId())
            .put("content", summary.content())
            .put("engine", summary.engine())
            .put("delivery", "callback");
    ArrayNode ids = body.putArray("message_ids");
    summary.messageIds().forEach(ids::add);
    body.put("created_at", clock.instant().toString());
    return json.writeValueAsBytes(body);
  }
}
