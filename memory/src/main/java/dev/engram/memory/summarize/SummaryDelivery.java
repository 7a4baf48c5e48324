package dev.engram.memory.summarize;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engram.memory.Json;
import dev.engram.memory.callback.CallbackOutcome;
import dev.engram.memory.callback.CallbackSender;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the full summary of a callback request and POSTs it to the caller with retries. {@link
 * #deliver} is synchronous so that it can run as the body of a durable background job.
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

  /** Summarizes (full form) and delivers; never throws for a failed delivery, it reports it. */
  public CallbackOutcome deliver(SummaryCallback job) {
    requireNonNull(job, "job is null");
    Summary summary;
    byte[] body;
    try {
      summary = summarizer.forApp(job.appId()).summarize(job.messages(), false);
      body = body(job, summary);
    } catch (RuntimeException | JsonProcessingException e) {
      LOG.warn("summary of task {} failed", job.taskId(), e);
      return new CallbackOutcome(false, 0, null, "summary failed: " + e.getMessage());
    }
    CallbackOutcome outcome = sender.post(job.callbackUrl(), job.headers(), body);
    if (outcome.delivered()) {
      LOG.debug("summary of task {} delivered in {} attempt(s)", job.taskId(), outcome.attempts());
    } else {
      LOG.info(
          "summary of task {} (app {}) not delivered: {}",
          job.taskId(),
          job.appId(),
          outcome.error());
    }
    return outcome;
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
