package dev.engram.memory.ingest;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.Message;
import dev.engram.memory.Source;
import dev.engram.memory.evolve.MemoryEvolver;
import dev.engram.memory.evolve.Resolver;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.task.Job;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskCounts;
import dev.engram.memory.task.TaskRepository;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one conversation task: extracts facts (once: they are kept in the task, so a re-run
 * resolves the same facts whatever the engine), then resolves each fact in order through the {@link
 * MemoryEvolver}, checkpointing progress and counts in the task after every fact — all in one unit
 * of work, so on a JDBC store a crash leaves the whole conversation applied or none of it.
 *
 * <p>Exactly once on a store without transactions (MongoDB), where each write commits on its own:
 * fact {@code i} of a task stores its memory under an id derived from (task, i), so after a crash
 * the one fact that may have been applied without its checkpoint is recognized (its memory exists)
 * and counted instead of stored again; a reinforcement by the same source is not counted twice by
 * the evolver either.
 */
@Singleton
public class ConversationJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationJob.class);
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final TaskRepository tasks;
  private final Extractor extractor;
  private final MemoryEvolver evolver;
  private final MemoryStore store;
  private final MemoryWriter writer;
  private final List<FactApplied> listeners;
  private final Clock clock;

  public ConversationJob(
      TaskRepository tasks,
      Extractor extractor,
      MemoryEvolver evolver,
      MemoryStore store,
      MemoryWriter writer,
      List<FactApplied> listeners,
      Clock clock) {
    this.tasks = tasks;
    this.extractor = extractor;
    this.evolver = evolver;
    this.store = store;
    this.writer = writer;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  @Override
  public String name() {
    return ConversationIngestion.JOB;
  }

  @Override
  public Optional<Instant> run(String taskId) {
    Optional<Task> found = tasks.startAttempt(taskId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Task task = found.get();
    try {
      ingest(task);
    } catch (RuntimeException e) {
      tasks.recordError(taskId, describe(e));
      throw e;
    }
    return Optional.empty();
  }

  private void ingest(Task task) {
    Conversation conversation = ConversationPayload.read(task.id(), task.payload());
    List<Fact> facts;
    if (task.facts() != null) {
      facts = ConversationPayload.readFacts(task.facts());
    } else {
      facts = extractor.forApp(task.appId()).extract(conversation);
      tasks.saveFacts(task.id(), ConversationPayload.writeFacts(facts));
    }
    String provenance =
        conversation.sessionId() != null ? conversation.sessionId() : conversation.id();
    TaskCounts counts = task.counts();
    int next = task.progress();
    if (task.attempts() > 0) {
      reindexApplied(task, Math.min(next + 1, facts.size()));
    }
    if (next < facts.size() && task.attempts() > 0) {
      // the one fact that may have been applied before a crash, without its checkpoint (none
      // before the first attempt)
      Optional<Memory> applied =
          store.find(task.appId(), memoryId(task.id(), next), clock.instant());
      if (applied.isPresent()) {
        counts =
            counts.plus(
                applied.get().previousId() == null ? Resolver.Action.ADD : Resolver.Action.UPDATE);
        next++;
        tasks.checkpoint(task.id(), next, counts);
      }
    }
    if (next >= facts.size()) {
      tasks.succeed(task.id());
      return;
    }
    List<NewMemory> batch = new ArrayList<>(facts.size() - next);
    for (int i = next; i < facts.size(); i++) {
      Fact fact = facts.get(i);
      batch.add(newMemory(memoryId(task.id(), i), conversation, provenance, fact));
    }
    TaskCounts before = counts;
    int first = next;
    TaskCounts[] running = {counts};
    // one unit of work: the conversation's memories, events and checkpoints are committed together
    // (on a JDBC store), so a crash leaves all of it or none of it; the evolver indexes them once
    // committed, and only then is the task marked succeeded, so that whoever sees it succeeded
    // finds its memories by search too (a crash in between re-runs it: every fact is checkpointed)
    evolver.add(
        task.appId(),
        "ingest",
        batch,
        (index, resolution) -> {
          // a unit run again after a conflict starts from the first fact again
          running[0] = (index == 0 ? before : running[0]).plus(resolution.decision().action());
          int progress = first + index + 1;
          for (FactApplied listener : listeners) {
            listener.applied(task.id(), progress);
          }
          // checkpoints written in the unit's transaction commit with it or not at all: only the
          // last one is ever seen, so the others are not written
          if (index == batch.size() - 1 || !tasks.inTransaction()) {
            tasks.checkpoint(task.id(), progress, running[0]);
          }
        });
    tasks.succeed(task.id());
  }

  /**
   * The memory fact {@code fact} of {@code conversation} becomes: its time ({@code valid_from}),
   * the message it replies to as context, its messages as provenance, the conversation's metadata.
   */
  static NewMemory newMemory(String id, Conversation conversation, String provenance, Fact fact) {
    return new NewMemory(
        id,
        conversation.userId(),
        conversation.sessionId(),
        conversation.agentId(),
        null,
        fact.type(),
        fact.content(),
        repliesTo(conversation, fact),
        fact.category(),
        null,
        fact.importance(),
        conversation.metadata().isEmpty() ? null : conversation.metadata(),
        validFrom(conversation, fact),
        null,
        List.of(new Source(provenance, fact.messageIds())));
  }

  /**
   * Most characters of the message a fact replies to, and of its own message, its context keeps.
   */
  static final int REPLY_CONTEXT = 300;

  /**
   * The context of a fact: the message its first message replies to ("after: Where did you go last
   * week?"), so that a short answer is found by the question it answers, and the words of its own
   * message as said ("said: Yes! We went to the lake with the kids"), so that the details and
   * wording the extracted statement left out are still found; null when neither exists.
   */
  static String repliesTo(Conversation conversation, Fact fact) {
    List<Message> messages = conversation.messages();
    if (fact.messageIds().isEmpty()) {
      return null;
    }
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).id().equals(fact.messageIds().get(0))) {
        List<String> parts = new ArrayList<>(2);
        if (i > 0) {
          parts.add("after: " + cut(messages.get(i - 1).content()));
        }
        String said = cut(messages.get(i).content());
        if (!said.isEmpty() && !Restatement.restates(fact.content(), said)) {
          parts.add("said: " + said);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
      }
    }
    return null;
  }

  private static String cut(String text) {
    String t = text.strip();
    return t.length() > REPLY_CONTEXT ? t.substring(0, REPLY_CONTEXT) : t;
  }

  /**
   * The time the fact speaks of: relative words ("yesterday", "next week") resolved against the
   * latest time of its messages; null when its messages carry no time.
   */
  static Instant validFrom(Conversation conversation, Fact fact) {
    Instant said =
        conversation.messages().stream()
            .filter(m -> m.createdAt() != null && fact.messageIds().contains(m.id()))
            .map(Message::createdAt)
            .max(Instant::compareTo)
            .orElse(null);
    return said == null ? null : RelativeTime.of(fact.content(), said);
  }

  /**
   * A re-run after a crash: the memories earlier facts of this task wrote may have died with the
   * index's unflushed changes before the index caught up; index them now, so that the remaining
   * facts are resolved against them exactly as in an uninterrupted run.
   */
  private void reindexApplied(Task task, int applied) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < applied; i++) {
      ids.add(memoryId(task.id(), i));
    }
    List<Memory> written = store.findAll(task.appId(), ids, clock.instant());
    List<String> replaced =
        written.stream().map(Memory::previousId).filter(Objects::nonNull).toList();
    List<Memory> all = new ArrayList<>(written);
    all.addAll(store.findAll(task.appId(), replaced, clock.instant()));
    if (!all.isEmpty()) {
      writer.indexQuietly(task.appId(), all);
    }
  }

  @Override
  public void failed(String taskId, Throwable cause) {
    LOG.warn("conversation task {} failed for good: {}", taskId, describe(cause));
    tasks.fail(taskId);
  }

  /**
   * The memory id of fact {@code index} of a task: the same on every run. It starts with the time
   * part of the task id, so the memories of a conversation land next to each other and after older
   * ones in the store's primary key (see {@link MemoryIds}).
   */
  static String memoryId(String taskId, int index) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((taskId + "#" + index).getBytes(StandardCharsets.UTF_8));
      char[] out = new char[14];
      for (int i = 0; i < out.length; i++) {
        out[i] = ALPHABET[(hash[i] & 0xff) % ALPHABET.length];
      }
      String hashed = new String(out);
      return "mem_" + MemoryIds.timePart(taskId, hashed + hashed) + hashed;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
