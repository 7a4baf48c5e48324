package dev.engram.tools;

import dev.engram.memory.MemoryStatus;
import dev.engram.memory.Message;
import dev.engram.memory.ingest.Conversation;
import dev.engram.memory.ingest.ConversationIngestion;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * LoCoMo through conversation ingestion: each session cut into conversations of at most {@code
 * engram.ingest.max-messages} turns, queued as durable tasks and awaited. Both speakers are people
 * telling each other about their lives, so every turn is sent as a user message with its speaker's
 * name (extraction writes "Caroline …", not "User …"); message ids are LoCoMo's dialogue ids, so
 * provenance points at the evidence.
 */
final class LocomoIngestion implements LocomoEval.Loader {
  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  private final ConversationIngestion ingestion;
  private final TaskRepository tasks;
  private final MemoryStore store;

  LocomoIngestion(ApplicationContext context) {
    this.ingestion = context.getBean(ConversationIngestion.class);
    this.tasks = context.getBean(TaskRepository.class);
    this.store = context.getBean(MemoryStore.class);
  }

  @Override
  public long load(String appId, Locomo.Conversation conversation) {
    int size = ingestion.configuration().maxMessages();
    List<String> queued = new ArrayList<>();
    List<Message> chunk = new ArrayList<>();
    int session = -1;
    for (Locomo.Turn turn : conversation.turns()) {
      if (turn.session() != session || chunk.size() == size) {
        queued.addAll(queue(appId, conversation, session, chunk));
        chunk.clear();
        session = turn.session();
      }
      String text =
          turn.caption().isBlank() ? turn.text() : turn.text() + " (photo: " + turn.caption() + ")";
      chunk.add(new Message(turn.diaId(), "user", text, turn.date(), turn.speaker()));
    }
    queued.addAll(queue(appId, conversation, session, chunk));
    await(appId, queued);
    long[] active = {0};
    store.forEach(
        appId,
        m -> {
          if (m.status() == MemoryStatus.ACTIVE) {
            active[0]++;
          }
        });
    return active[0];
  }

  private List<String> queue(
      String appId, Locomo.Conversation conversation, int session, List<Message> chunk) {
    if (chunk.isEmpty()) {
      return List.of();
    }
    Conversation c =
        new Conversation(
            "pending", conversation.sampleId(), "session_" + session, null, List.copyOf(chunk));
    return List.of(ingestion.queue(appId, c).id());
  }

  private void await(String appId, List<String> ids) {
    Instant deadline = Instant.now().plus(TIMEOUT);
    for (String id : ids) {
      while (true) {
        Task task =
            tasks
                .find(appId, id)
                .orElseThrow(() -> new IllegalStateException("task " + id + " vanished"));
        if (task.status().finished()) {
          break;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("task " + id + " did not finish in " + TIMEOUT);
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
    }
  }
}
