package dev.engram.memory.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Memory;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.testing.Memories;
import dev.engram.testing.OffsetClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessRecorderTest {
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final AccessRecorder recorder = new AccessRecorder(store, clock);

  private Memory insert(String app, String id) {
    Memory m = Memories.memory("u", "statement " + id, clock.instant()).id(id).build();
    store.insert(app, List.of(m), List.of());
    return m;
  }

  @Test
  void tallyPerAppIsWrittenInOneFlushAndThenCleared() {
    insert("a1", "mem_x");
    insert("a2", "mem_x");
    recorder.record("a1", List.of("mem_x"));
    recorder.record("a1", List.of("mem_x"));
    recorder.record("a2", List.of("mem_x"));
    recorder.record("a2", List.of());
    assertThat(recorder.pending()).isEqualTo(2);

    assertThat(recorder.flush()).isEqualTo(2);

    assertThat(store.find("a1", "mem_x", clock.instant()).orElseThrow().accessCount()).isEqualTo(2);
    assertThat(store.find("a2", "mem_x", clock.instant()).orElseThrow().accessCount()).isEqualTo(1);
    assertThat(recorder.pending()).isZero();
    assertThat(recorder.flush()).isZero();
    assertThat(store.find("a1", "mem_x", clock.instant()).orElseThrow().accessCount()).isEqualTo(2);
  }

  @Test
  void pendingMemoriesAreBoundedSoReadsNeverWaitOrGrowMemory() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < AccessRecorder.MAX_PENDING + 10; i++) {
      ids.add("mem_" + i);
    }
    recorder.record("a1", ids);
    assertThat(recorder.pending()).isEqualTo(AccessRecorder.MAX_PENDING);
    // a memory already pending is still counted
    recorder.record("a1", List.of("mem_0"));
    insert("a1", "mem_0");

    recorder.flush();

    assertThat(store.find("a1", "mem_0", clock.instant()).orElseThrow().accessCount()).isEqualTo(2);
    assertThat(recorder.pending()).isZero();
  }
}
