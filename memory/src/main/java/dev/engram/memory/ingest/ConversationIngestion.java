package dev.engram.memory.ingest;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Message;
import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.task.Jobs;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import dev.engram.memory.write.MemoryValidator;
import dev.engram.memory.write.MemoryWriter;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accepts conversations for background ingestion (DESIGN.md § 4, write path 2): checks them, then
 * stores the task (with the whole conversation) and schedules its job in one transaction, so an
 * accepted conversation is never lost.
 */
@Singleton
public class ConversationIngestion {
  /** The job that ingests a conversation task. */
  public static final String JOB = "conversation";

  public static final String KIND = "conversation";

  static final Set<String> ROLES = Set.of("user", "assistant", "system", "tool");

  private final Transactions transactions;
  private final TaskRepository tasks;
  private final Jobs jobs;
  private final MemoryValidator validator;
  private final IngestConfiguration config;

  public ConversationIngestion(
      Transactions transactions,
      TaskRepository tasks,
      Jobs jobs,
      MemoryWriter writer,
      IngestConfiguration config) {
    this.transactions = transactions;
    this.tasks = tasks;
    this.jobs = jobs;
    this.validator = writer.validator();
    this.config = config;
  }

  public IngestConfiguration configuration() {
    return config;
  }

  /** Checks the conversation and queues it; returns the queued task. */
  public Task accept(String appId, NewConversation request) {
    Conversation conversation = validate(request, "");
    return transactions.inTransaction(c -> queue(appId, conversation));
  }

  /**
   * Queues an already checked conversation inside the caller's transaction (the batcher's flush).
   */
  public Task queue(String appId, Conversation conversation) {
    Task task =
        transactions.inTransaction(
            c -> {
              Task queued = tasks.create(appId, KIND, ConversationPayload.write(conversation));
              jobs.schedule(JOB, queued.id());
              return queued;
            });
    jobs.wake();
    return task;
  }

  /**
   * The ids a conversation task stores its facts under, in fact order (empty before extraction
   * ran). A fact the resolver turned into a reinforcement or a skip has no memory of that id.
   */
  public static List<String> factMemoryIds(Task task) {
    if (task.facts() == null) {
      return List.of();
    }
    int count = ConversationPayload.readFacts(task.facts()).size();
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(ConversationJob.memoryId(task.id(), i));
    }
    return ids;
  }

  /**
   * Waits up to {@code timeout} for a queued conversation to be ingested: the task as it is then
   * (finished, or still queued or running when the time ran out); empty for an unknown task.
   */
  public Optional<Task> awaitIngested(String appId, String taskId, Duration timeout) {
    return tasks.awaitFinished(appId, taskId, timeout);
  }

  /** Asks the job runner to look for the queued work now (after the queuing transaction). */
  public void wake() {
    jobs.wake();
  }

  /**
   * The conversation the request describes (its id still to be set by the task), or a 4xx {@link
   * MemoryException} naming the field at fault.
   */
  public Conversation validate(NewConversation request, String prefix) {
    if (request.userId() == null || request.userId().isBlank()) {
      throw new MemoryException(
          MemoryErrorCode.USER_REQUIRED, prefix + "user_id: is required", prefix + "user_id", null);
    }
    validator.id(prefix + "user_id", request.userId());
    validator.id(prefix + "session_id", request.sessionId());
    validator.id(prefix + "agent_id", request.agentId());
    validator.metadata(prefix + "metadata", request.metadata());
    List<NewConversation.Turn> turns = request.messages();
    if (turns == null || turns.isEmpty()) {
      throw MemoryException.invalid(prefix + "messages", "must hold at least one message");
    }
    if (turns.size() > config.maxMessages()) {
      throw new MemoryException(
          MemoryErrorCode.TOO_MANY_MESSAGES,
          prefix
              + "messages: at most "
              + config.maxMessages()
              + " per conversation (got "
              + turns.size()
              + ")",
          prefix + "messages",
          null);
    }
    if (turns.size() < config.maxMessages() && !request.partial() && !config.allowPartial()) {
      throw new MemoryException(
          MemoryErrorCode.TOO_FEW_MESSAGES,
          prefix
              + "messages: "
              + config.maxMessages()
              + " messages expected (got "
              + turns.size()
              + "); send \"partial\": true for a partial batch",
          prefix + "messages",
          null);
    }
    List<Message> messages = new ArrayList<>(turns.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < turns.size(); i++) {
      NewConversation.Turn turn = turns.get(i);
      String field = prefix + "messages[" + i + "].";
      if (turn == null) {
        throw MemoryException.invalid(prefix + "messages[" + i + "]", "must be a message");
      }
      if (turn.role() == null || !ROLES.contains(turn.role())) {
        throw MemoryException.invalid(
            field + "role",
            "must be one of assistant, system, tool, user (got " + turn.role() + ")");
      }
      validator.content(field + "content", turn.content());
      String id = turn.id() == null ? "m" + (i + 1) : turn.id();
      validator.id(field + "id", id);
      if (id.isBlank()) {
        throw MemoryException.invalid(field + "id", "must not be blank");
      }
      if (!ids.add(id)) {
        throw MemoryException.invalid(field + "id", "duplicate message id " + id);
      }
      String name = speakerName(field + "name", turn.name());
      messages.add(new Message(id, turn.role(), turn.content(), turn.createdAt(), name));
    }
    return new Conversation(
        "pending",
        request.userId(),
        request.sessionId(),
        request.agentId(),
        messages,
        request.metadata() == null ? Map.of() : request.metadata());
  }

  /** Longest speaker name accepted. */
  public static final int MAX_NAME_LENGTH = 100;

  /** Letters (any script) and marks, digits, and a space, apostrophe, period or hyphen inside. */
  private static final Pattern NAME =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[ '’.\\-]+[\\p{L}\\p{M}\\p{N}]+)*\\.?");

  /** The speaker name trimmed (null when absent or blank), or a 400 naming the field. */
  static @Nullable String speakerName(String field, @Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String trimmed = name.strip();
    if (trimmed.length() > MAX_NAME_LENGTH) {
      throw MemoryException.invalid(
          field,
          "must be at most " + MAX_NAME_LENGTH + " characters (got " + trimmed.length() + ")");
    }
    if (!NAME.matcher(trimmed).matches()) {
      throw MemoryException.invalid(
          field,
          "must be letters and digits, with spaces, apostrophes, periods or hyphens between words");
    }
    return trimmed;
  }
}
