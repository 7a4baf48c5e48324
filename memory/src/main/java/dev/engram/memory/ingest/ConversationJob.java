package dev.engram.memory.ingest;

import dev.engram.memory.Memory;
import dev.engram.memory.Source;
import dev.engram.memory.evolve.MemoryEvolver;
import dev.engram.memory.evolve.Resolution;
import dev.engram.memory.evolve.Resolver;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.task.Job;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskCounts;
import dev.engram.memory.task.TaskRepository;
import dev.engram.memory.write.NewMemory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one conversation task: extracts facts (once: they are kept in the task, so a re-run
 * resolves the same facts whatever the engine), then resolves each fact in order through the {@link
 * MemoryEvolver}, checkpointing progress and counts in the task after every fact.
 *
 * <p>Exactly once: fact {@code i} of a task stores its memory under an id derived from (task, i),
 * so after a crash the one fact that may have been applied without its checkpoint is recognized
 * (its memory exists) and counted instead of stored again; a reinforcement by the same source is
 * not counted twice by the evolver either.
 */
@Singleton
public class ConversationJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationJob.class);
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final TaskRepository tasks;
  private final Extractor extractor;
  private final MemoryEvolver evolver;
  private final MemoryStore store;
  private final IngestConfiguration config;
  private final Clock clock;

  public ConversationJob(
      TaskRepository tasks,
      Extractor extractor,
      MemoryEvolver evolver,
      MemoryStore store,
      IngestConfiguration config,
      Clock clock) {
    this.tasks = tasks;
    this.extractor = extractor;
    this.evolver = evolver;
    this.store = store;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public String name() {
    return ConversationIngestion.JOB;
  }

  @Override
  public void run(String taskId) {
    Optional<Task> found = tasks.find(taskId);
    if (found.isEmpty() || found.get().status().finished()) {
      return;
    }
    Task task = found.get();
    tasks.start(taskId);
    try {
      ingest(task);
    } catch (RuntimeException e) {
      tasks.recordError(taskId, describe(e));
      throw e;
    }
  }

  private void ingest(Task task) {
    Conversation conversation = ConversationPayload.read(task.id(), task.payload());
    List<Fact> facts;
    if (task.facts() != null) {
      facts = ConversationPayload.readFacts(task.facts());
    } else {
      facts = extractor.extract(conversation);
      tasks.saveFacts(task.id(), ConversationPayload.writeFacts(facts));
    }
    String provenance =
        conversation.sessionId() != null ? conversation.sessionId() : conversation.id();
    TaskCounts counts = task.counts();
    for (int i = task.progress(); i < facts.size(); i++) {
      Fact fact = facts.get(i);
      String id = memoryId(task.id(), i);
      Optional<Memory> applied = store.find(task.appId(), id, clock.instant());
      Resolver.Action action;
      if (applied.isPresent()) {
        action = applied.get().previousId() == null ? Resolver.Action.ADD : Resolver.Action.UPDATE;
      } else {
        NewMemory memory =
            new NewMemory(
                id,
                conversation.userId(),
                conversation.sessionId(),
                conversation.agentId(),
                null,
                fact.type(),
                fact.content(),
                null,
                fact.category(),
                null,
                fact.importance(),
                null,
                null,
                null,
                List.of(new Source(provenance, fact.messageIds())));
        Resolution resolution = evolver.add(task.appId(), "ingest", List.of(memory)).get(0);
        action = resolution.decision().action();
        pauseForTests(i + 1);
      }
      counts = counts.plus(action);
      tasks.checkpoint(task.id(), i + 1, counts);
    }
    tasks.succeed(task.id());
  }

  @Override
  public void failed(String taskId, Throwable cause) {
    LOG.warn("conversation task {} failed for good: {}", taskId, describe(cause));
    tasks.fail(taskId);
  }

  /**
   * Test only: stall in the middle of a conversation, after a fact is applied and before its
   * checkpoint (the worst moment to crash), so that a test can kill the process there.
   */
  private void pauseForTests(int applied) {
    if (config.testPauseAfterFacts() > 0 && applied == config.testPauseAfterFacts()) {
      LOG.warn("engram.ingest.test-pause-after-facts: stalling after {} facts", applied);
      try {
        Thread.sleep(Duration.ofMinutes(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while paused for a test", e);
      }
    }
  }

  /** The memory id of fact {@code index} of a task: the same on every run. */
  static String memoryId(String taskId, int index) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((taskId + "#" + index).getBytes(StandardCharsets.UTF_8));
      char[] out = new char[24];
      for (int i = 0; i < out.length; i++) {
        out[i] = ALPHABET[(hash[i] & 0xff) % ALPHABET.length];
      }
      return "mem_" + new String(out);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
