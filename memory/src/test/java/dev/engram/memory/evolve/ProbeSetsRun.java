package dev.engram.memory.evolve;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryType;
import dev.engram.memory.embed.TestEmbedders;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.evolve.Resolver.Decision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A quick look at the pairs of evolution sets (not their scenarios) through the rule engine alone,
 * with the real MiniLM embedder and the evolver's choice of candidate (at the link threshold, or
 * below it on a shared slot). Not a check: run it by hand with {@code -Dprobes=DIR[,FILE...]}; it
 * prints each set's pairs right and every miss. {@code ./engram eval evolution} is the measure.
 */
@EnabledIfSystemProperty(named = "probes", matches = ".+")
class ProbeSetsRun {
  @Test
  void run() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String p : System.getProperty("probes").split(",")) {
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        try (Stream<Path> s = Files.list(path)) {
          s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    RuleResolver resolver = new RuleResolver();
    int all = 0;
    int allRight = 0;
    StringBuilder out = new StringBuilder();
    try (TestEmbedders.Closeable embedder = TestEmbedders.miniLm()) {
      for (Path file : files) {
        List<SetPair> pairs = SetPair.read(file, embedder);
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (SetPair pair : pairs) {
          List<Candidate> candidates = pair.linked() ? List.of(pair.candidate()) : List.of();
          Decision d = resolver.resolve(pair.incoming(), candidates);
          if (d.action() == pair.expected()) {
            right++;
          } else {
            misses.add(
                String.format(
                    Locale.ROOT,
                    "  MISS expected %s: '%s' | '%s' -> %s (%.2f) %s",
                    pair.expected(),
                    pair.existing(),
                    pair.incoming(),
                    d.action(),
                    pair.cosine(),
                    d.reason()));
          }
        }
        all += pairs.size();
        allRight += right;
        out.append(
            String.format(Locale.ROOT, "SET %s %d/%d%n", file.getFileName(), right, pairs.size()));
        misses.forEach(m -> out.append(m).append('\n'));
      }
    }
    out.append(String.format(Locale.ROOT, "ALL %d/%d%n", allRight, all));
    Files.writeString(Path.of(System.getProperty("probes.out", "probes-run.txt")), out);
  }

  /** The older statement of a pair, as the resolver's candidate. */
  static Memory memory(String content, float[] vector) {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    return Memory.builder()
        .id("mem_existing")
        .userId("u")
        .type(MemoryType.SEMANTIC)
        .content(content)
        .embedding(vector, "minilm")
        .createdAt(now)
        .updatedAt(now)
        .build();
  }
}
