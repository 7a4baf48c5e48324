package dev.engram.memory.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Message;
import dev.engram.memory.Source;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.testing.OffsetClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentMemoryWriterTest {
  private static final String APP = "app_agent";
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final AgentMemoryWriter agent =
      new AgentMemoryWriter(
          new MemoryWriter(
              store,
              new InMemoryMemoryIndex(),
              new HashingEmbedder(),
              MemoryLimits.defaults(),
              clock,
              null));

  private static AgentMemoryRequest messages(List<Message> messages) {
    return new AgentMemoryRequest(
        "u1", "s1", "bot", null, messages, null, null, null, null, Map.of("k", "v"));
  }

  private long stored() {
    return store
        .list(APP, MemoryFilter.user("u1"), MemoryFilter.Sort.NEWEST_FIRST, 100, 0, clock.instant())
        .total();
  }

  @Test
  void oneMemoryPerNonEmptyMessageWithRoleAndProvenance() {
    List<Memory> saved =
        agent.save(
            APP,
            "key",
            messages(
                List.of(
                    new Message("a", "user", "I like sailing", null),
                    new Message("b", "tool", "", null),
                    new Message("c", "system", "Be brief", null))));

    assertThat(saved).extracting(Memory::content).containsExactly("I like sailing", "Be brief");
    assertThat(saved).extracting(Memory::type).containsOnly(MemoryType.EPISODIC);
    assertThat(saved.get(0).metadata()).isEqualTo(Map.of("k", "v", "role", "user"));
    assertThat(saved.get(1).sources()).containsExactly(new Source("s1", List.of("c")));
    assertThat(saved.get(0).agentId()).isEqualTo("bot");
    assertThat(stored()).isEqualTo(2);
  }

  @Test
  void aTextIsOneMemory() {
    List<Memory> saved =
        agent.save(
            APP,
            "key",
            new AgentMemoryRequest(
                "u1", null, null, "Likes tea", null, MemoryType.PROCEDURAL, null, null, 8, null));
    assertThat(saved).hasSize(1);
    assertThat(saved.get(0).type()).isEqualTo(MemoryType.PROCEDURAL);
    assertThat(saved.get(0).importance()).isEqualTo(8);
    assertThat(saved.get(0).sources()).isEmpty();
  }

  @Test
  void badMessagesNameTheFieldAndStoreNothing() {
    assertThatThrownBy(
            () ->
                agent.save(
                    APP,
                    "key",
                    messages(
                        List.of(
                            new Message("a", "user", "fine", null),
                            new Message("b", "narrator", "once upon a time", null)))))
        .isInstanceOf(MemoryException.class)
        .satisfies(e -> assertThat(((MemoryException) e).field()).hasValue("messages[1].role"));
    assertThatThrownBy(
            () ->
                agent.save(
                    APP,
                    "key",
                    messages(
                        List.of(
                            new Message("a", "user", "fine", null),
                            new Message("b", "user", "x".repeat(8001), null)))))
        .satisfies(e -> assertThat(((MemoryException) e).field()).hasValue("messages[1].content"));
    assertThatThrownBy(() -> agent.save(APP, "key", messages(List.of())))
        .satisfies(e -> assertThat(((MemoryException) e).field()).hasValue("messages"));
    assertThatThrownBy(
            () -> agent.save(APP, "key", messages(List.of(new Message("a", "user", " ", null)))))
        .satisfies(e -> assertThat(((MemoryException) e).field()).hasValue("messages"));
    assertThat(stored()).isZero();
  }
}
