package dev.engram.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
  @Test
  void aThreadsKindIsItsNameWithoutItsNumber() {
    assertThat(ThreadCpu.kind("embedder-12")).isEqualTo("embedder");
    assertThat(ThreadCpu.kind("GC Thread#3")).isEqualTo("GC Thread");
    assertThat(ThreadCpu.kind("C2 CompilerThre")).isEqualTo("C2 CompilerThre");
    assertThat(ThreadCpu.kind("ForkJoinPool-1-")).isEqualTo("ForkJoinPool-1-");
    assertThat(ThreadCpu.kind("42")).isEqualTo("42");
  }

  @Test
  void ticksAreUserPlusSystemTimeEvenWhenTheNameHoldsBracketsAndSpaces() {
    String stat =
        "4711 (C2 (Compiler) 1) S 4700 4700 1 0 -1 4194368 1234 0 0 0 250 17 0 0 20 0 30 0 55 0 0";

    assertThat(ThreadCpu.ticks(stat)).isEqualTo(267);
  }

  @Test
  void thisProcessHasThreadsThatUsedCpu() {
    Map<String, Double> threads = ThreadCpu.of(ProcessHandle.current().pid());

    assertThat(threads).isNotEmpty();
    assertThat(threads.values().stream().mapToDouble(Double::doubleValue).sum()).isPositive();
  }

  @Test
  void perUnitKeepsTheLargestKindsAndSumsTheRest() {
    Map<String, Double> before = Map.of("embedder", 1_000.0, "compiler", 500.0, "gc", 10.0);
    Map<String, Double> after =
        Map.of("embedder", 3_000.0, "compiler", 900.0, "gc", 30.0, "event loop", 110.0);

    Map<String, Double> used = ThreadCpu.perUnit(before, after, 100, 2);

    assertThat(used.keySet()).containsExactly("embedder", "compiler", "other");
    assertThat(used.get("embedder")).isEqualTo(20.0);
    assertThat(used.get("compiler")).isEqualTo(4.0);
    assertThat(used.get("other")).isCloseTo(1.3, within(1e-9));
  }
}
