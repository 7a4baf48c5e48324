package dev.engram.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.AppDirectory;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import dev.engram.memory.task.TaskStatus;
import dev.engram.memory.testing.Filters;
import dev.engram.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Metadata sent with a conversation reaches every memory extracted from it, through the task the
 * conversation is queued as; a caller can wait for the ingestion to finish.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationMetadataTest {
  private static final String APP = "app_metadata";

  private ApplicationContext context;
  private ConversationIngestion ingestion;

  @BeforeAll
  void start() {
    context =
        ApplicationContext.builder()
            .properties(new HashMap<>(TestDatabase.h2().properties()))
            .singletons(Clock.systemUTC(), (AppDirectory) () -> List.of(APP))
            .start();
    context.getBean(MemoryStore.class).createApp(APP);
    ingestion = context.getBean(ConversationIngestion.class);
  }

  @AfterAll
  void stop() {
    context.close();
  }

  private static NewConversation conversation(String user, Map<String, Object> metadata) {
    return new NewConversation(
        user,
        null,
        null,
        List.of(
            new NewConversation.Turn(null, "user", "I am allergic to peanuts.", null),
            new NewConversation.Turn(null, "user", "My sister Ana lives in Lisbon.", null)),
        true,
        metadata);
  }

  @Test
  void everyExtractedMemoryCarriesTheConversationsMetadata() {
    Map<String, Object> metadata = Map.of("source", "crm", "ticket", 42);
    Task queued = ingestion.accept(APP, conversation("u-meta", metadata));

    Task done = ingestion.awaitIngested(APP, queued.id(), Duration.ofSeconds(60)).orElseThrow();

    assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
    List<Memory> memories =
        context
            .getBean(MemoryStore.class)
            .list(
                APP,
                Filters.user("u-meta").build(),
                MemoryFilter.Sort.NEWEST_FIRST,
                10,
                0,
                context.getBean(Clock.class).instant())
            .memories();
    assertThat(memories).hasSizeGreaterThanOrEqualTo(2);
    assertThat(memories)
        .allSatisfy(
            m -> {
              assertThat(m.metadata()).containsEntry("source", "crm");
              assertThat(((Number) m.metadata().get("ticket")).intValue()).isEqualTo(42);
            });
  }

  @Test
  void theMetadataIsKeptInTheQueuedTask() {
    Task queued =
        context
            .getBean(TaskRepository.class)
            .create(
                APP,
                ConversationIngestion.KIND,
                ConversationPayload.write(
                    ingestion.validate(conversation("u-kept", Map.of("lang", "pt")), "")));

    Conversation read = ConversationPayload.read(queued.id(), queued.payload());

    assertThat(read.metadata()).containsExactly(Map.entry("lang", "pt"));
    Conversation plain = new Conversation("t", "u", null, null, read.messages());
    assertThat(ConversationPayload.read("t", ConversationPayload.write(plain)).metadata())
        .isEmpty();
  }

  @Test
  void metadataWithOperatorKeysIsRefusedNamingTheFieldAndNothingIsQueued() {
    int before = context.getBean(TaskRepository.class).count(APP);

    assertThatThrownBy(() -> ingestion.accept(APP, conversation("u-bad", Map.of("$ne", 1))))
        .isInstanceOf(MemoryException.class)
        .hasMessageContaining("metadata");
    assertThat(context.getBean(TaskRepository.class).count(APP)).isEqualTo(before);
  }

  @Test
  void waitingForAnUnknownTaskAnswersAtOnceWithNothing() {
    assertThat(ingestion.awaitIngested(APP, "task_unknown", Duration.ofSeconds(30))).isEmpty();
  }
}
