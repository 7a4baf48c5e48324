package dev.engram.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.MemoryType;
import dev.engram.memory.Message;
import dev.engram.memory.Source;
import dev.engram.memory.write.NewMemory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an extracted fact becomes before resolution: time, context and provenance. */
class ConversationJobMemoryTest {
  private static final Instant ASKED = Instant.parse("2025-03-03T09:00:00Z");
  private static final Instant SAID = Instant.parse("2025-03-03T09:01:00Z");

  private final Conversation conversation =
      new Conversation(
          "task_1",
          "u1",
          "s-1",
          null,
          List.of(
              new Message("m1", "assistant", "How was your weekend?", ASKED),
              new Message("m2", "user", "Great, I went sailing yesterday with my uncle.", SAID)));

  @Test
  void aFactIsValidFromTheTimeItSpeaksOfAndNeverExpiresByItself() {
    Fact fact =
        new Fact("User went sailing yesterday", MemoryType.EPISODIC, "event", 4, List.of("m2"));

    NewMemory memory = ConversationJob.newMemory("mem_1", conversation, "s-1", fact);

    assertThat(memory.validFrom()).isEqualTo(Instant.parse("2025-03-02T09:01:00Z"));
    assertThat(memory.expiresAt()).isNull();
    assertThat(memory.sources()).containsExactly(new Source("s-1", List.of("m2")));
    assertThat(memory.content()).isEqualTo("User went sailing yesterday");
  }

  @Test
  void aFactKeepsTheMessageItRepliesToAndItsOwnMessageAsContext() {
    Fact answer = new Fact("User went sailing", MemoryType.EPISODIC, "event", 4, List.of("m2"));
    Fact opening = new Fact("Weekend", MemoryType.EPISODIC, "event", 4, List.of("m1"));

    assertThat(ConversationJob.newMemory("mem_1", conversation, "s-1", answer).context())
        .isEqualTo(
            "after: How was your weekend?; said: Great, I went sailing yesterday with my uncle.");
    assertThat(ConversationJob.newMemory("mem_2", conversation, "s-1", opening).context())
        .isEqualTo("said: How was your weekend?");
  }

  @Test
  void aFactThatRepeatsItsMessageWordForWordDoesNotRepeatItInContext() {
    Conversation single =
        new Conversation(
            "task_3", "u1", null, null, List.of(new Message("m1", "user", " I swim daily ", null)));
    Fact fact = new Fact("I swim daily", MemoryType.SEMANTIC, null, 5, List.of("m1"));

    assertThat(ConversationJob.newMemory("mem_1", single, "task_3", fact).context()).isNull();
  }

  @Test
  void aFactThatRestatesAllOfItsMessageKeepsOnlyTheMessageItRepliesTo() {
    Conversation plain =
        new Conversation(
            "task_5",
            "u1",
            null,
            null,
            List.of(
                new Message("m1", "assistant", "What did you do yesterday?", null),
                new Message("m2", "user", "I went sailing with my uncle.", null)));
    Fact fact =
        new Fact(
            "User went sailing with User's uncle", MemoryType.EPISODIC, "event", 4, List.of("m2"));

    assertThat(ConversationJob.newMemory("mem_1", plain, "task_5", fact).context())
        .isEqualTo("after: What did you do yesterday?");
  }

  @Test
  void longMessagesAreCutInContext() {
    String longText = "word ".repeat(200);
    Conversation chatty =
        new Conversation(
            "task_4",
            "u1",
            null,
            null,
            List.of(
                new Message("m1", "assistant", longText, null),
                new Message("m2", "user", longText, null)));
    Fact fact = new Fact("User talks", MemoryType.SEMANTIC, null, 5, List.of("m2"));

    String context = ConversationJob.newMemory("mem_1", chatty, "task_4", fact).context();
    assertThat(context)
        .hasSize(
            "after: ".length()
                + ConversationJob.REPLY_CONTEXT
                + "; said: ".length()
                + ConversationJob.REPLY_CONTEXT);
  }

  @Test
  void aFactOfMessagesWithoutTimeHasNoValidFrom() {
    Conversation untimed =
        new Conversation(
            "task_2", "u1", null, null, List.of(new Message("m1", "user", "I swim daily", null)));
    Fact fact = new Fact("User swims daily", MemoryType.SEMANTIC, null, 5, List.of("m1"));

    assertThat(ConversationJob.newMemory("mem_1", untimed, "task_2", fact).validFrom()).isNull();
  }
}
