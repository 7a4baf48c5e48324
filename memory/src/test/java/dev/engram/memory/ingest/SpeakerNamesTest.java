package dev.engram.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.AppDirectory;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.Message;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskStatus;
import dev.engram.memory.testing.Filters;
import dev.engram.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A message may carry its speaker's name: extraction then writes "Caroline …" where it writes "User
 * …" without one; the name is checked (length, characters) naming the field, and kept through the
 * task payload and the session buffer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakerNamesTest {
  private static final String APP = "app_speakers";

  private ApplicationContext context;
  private ConversationIngestion ingestion;

  @BeforeAll
  void start() {
    HashMap<String, Object> properties = new HashMap<>(TestDatabase.h2().properties());
    properties.put("engram.batcher.max-messages", 2);
    context =
        ApplicationContext.builder()
            .properties(properties)
            .singletons(Clock.systemUTC(), (AppDirectory) () -> List.of(APP))
            .start();
    context.getBean(MemoryStore.class).createApp(APP);
    ingestion = context.getBean(ConversationIngestion.class);
  }

  @AfterAll
  void stop() {
    context.close();
  }

  private static Conversation conversation(Message... messages) {
    return new Conversation("c1", "u1", null, null, List.of(messages));
  }

  @Test
  void extractionWritesTheSpeakersNameForUser() {
    List<Fact> facts =
        new RuleExtractor()
            .extract(
                conversation(
                    new Message(
                        "m1",
                        "user",
                        "I'm a counselor. My daughter Emma loves horses.",
                        null,
                        "Caroline"),
                    new Message("m2", "user", "I live in Boston.", null, "Melanie")));

    assertThat(facts)
        .extracting(Fact::content)
        .contains(
            "Caroline is a counselor", "Caroline's daughter is Emma", "Melanie lives in Boston")
        .noneMatch(c -> c.contains("User"));
  }

  @Test
  void withoutANameTheFactsSayUser() {
    List<Fact> facts =
        new RuleExtractor()
            .extract(conversation(new Message("m1", "user", "I live in Boston.", null)));

    assertThat(facts).extracting(Fact::content).containsExactly("User lives in Boston");
  }

  @Test
  void onlyTheWordUserIsReplacedNotWordsContainingIt() {
    assertThat(RuleExtractor.speaker("User's username is kit; User likes Users' Guide", "Ana"))
        .isEqualTo("Ana's username is kit; Ana likes Users' Guide");
    assertThat(RuleExtractor.speaker("User lives in Rome", null)).isEqualTo("User lives in Rome");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Caroline", "José María", "O'Neil-Smith", "Dr. Ng", "李雷", "Anne-Marie 2"})
  void ordinaryNamesAreAccepted(String name) {
    assertThat(ConversationIngestion.speakerName("messages[0].name", "  " + name + " "))
        .isEqualTo(name);
  }

  @Test
  void aBlankNameIsNoName() {
    assertThat(ConversationIngestion.speakerName("messages[0].name", "  ")).isNull();
    assertThat(ConversationIngestion.speakerName("messages[0].name", null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>", "Ann\nBob", "a{b}", "-Ann", "Ann;drop", "\"Ann\"", "$ne"})
  void namesWithOtherCharactersAreRefusedNamingTheField(String name) {
    assertThatThrownBy(() -> ConversationIngestion.speakerName("messages[3].name", name))
        .isInstanceOfSatisfying(
            MemoryException.class, e -> assertThat(e.field()).contains("messages[3].name"))
        .hasMessageContaining("letters");
  }

  @Test
  void aNameLongerThanTheLimitIsRefusedNamingTheField() {
    String name = "A".repeat(ConversationIngestion.MAX_NAME_LENGTH + 1);

    assertThatThrownBy(() -> ConversationIngestion.speakerName("messages[0].name", name))
        .isInstanceOfSatisfying(
            MemoryException.class, e -> assertThat(e.field()).contains("messages[0].name"))
        .hasMessageContaining("at most 100 characters");
    assertThat(
            ConversationIngestion.speakerName(
                "n", "A".repeat(ConversationIngestion.MAX_NAME_LENGTH)))
        .hasSize(ConversationIngestion.MAX_NAME_LENGTH);
  }

  @Test
  void aConversationWithABadNameIsRefusedWithTheMessagesIndex() {
    NewConversation request =
        new NewConversation(
            "u1",
            null,
            null,
            List.of(
                new NewConversation.Turn(null, "user", "Hello there", null, "Ann"),
                new NewConversation.Turn(null, "user", "I live in Oslo", null, "Ann<b>")),
            true);

    assertThatThrownBy(() -> ingestion.accept(APP, request))
        .isInstanceOfSatisfying(
            MemoryException.class, e -> assertThat(e.field()).contains("messages[1].name"));
  }

  @Test
  void theNameIsKeptInTheTaskPayload() {
    Instant said = Instant.parse("2023-05-08T13:56:00Z");
    Conversation written =
        conversation(
            new Message("m1", "user", "I live in Oslo", said, "Ann"),
            new Message("m2", "assistant", "Noted", null));

    Conversation read = ConversationPayload.read("t1", ConversationPayload.write(written));

    assertThat(read.messages()).isEqualTo(written.messages());
  }

  @Test
  void anIngestedNamedConversationStoresFactsUnderTheName() {
    Task queued =
        ingestion.accept(
            APP,
            new NewConversation(
                "u-named",
                null,
                null,
                List.of(
                    new NewConversation.Turn(
                        null, "user", "My sister Ana lives in Lisbon.", null, "Joanna")),
                true));

    Task done = ingestion.awaitIngested(APP, queued.id(), Duration.ofSeconds(60)).orElseThrow();

    assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
    List<Memory> memories =
        context
            .getBean(MemoryStore.class)
            .list(
                APP,
                Filters.user("u-named").build(),
                MemoryFilter.Sort.NEWEST_FIRST,
                10,
                0,
                context.getBean(Clock.class).instant())
            .memories();
    assertThat(memories)
        .extracting(Memory::content)
        .anyMatch(c -> c.startsWith("Joanna's sister"))
        .noneMatch(c -> c.contains("User"));
  }

  @Test
  void theSessionBufferKeepsTheNameUntilTheFlush() {
    SessionBatcher batcher = context.getBean(SessionBatcher.class);

    SessionBatcher.Appended first =
        batcher.append(
            APP,
            "u-buffer",
            "s1",
            List.of(new NewConversation.Turn("b1", "user", "I play the cello.", null, "Nate")));
    SessionBatcher.Appended second =
        batcher.append(
            APP,
            "u-buffer",
            "s1",
            List.of(new NewConversation.Turn("b2", "user", "I live in Oslo.", null)));

    assertThat(first.flushedTaskId()).isEmpty();
    String taskId = second.flushedTaskId().orElseThrow();
    Task done = ingestion.awaitIngested(APP, taskId, Duration.ofSeconds(60)).orElseThrow();
    Conversation read = ConversationPayload.read(done.id(), done.payload());
    assertThat(read.messages()).extracting(Message::name).containsExactly("Nate", null);
  }
}
