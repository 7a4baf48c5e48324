package dev.engram.memory.evolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Vectors;
import dev.engram.memory.embed.TestEmbedders;
import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.evolve.Resolver.Decision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
  private static final Map<String, Action> EXPECTED =
      Map.of("duplicate", Action.REINFORCE, "conflict", Action.UPDATE, "distinct", Action.ADD);

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
    double threshold = EvolutionConfiguration.defaults().linkThreshold();
    int all = 0;
    int allRight = 0;
    StringBuilder out = new StringBuilder();
    try (TestEmbedders.Closeable embedder = TestEmbedders.miniLm()) {
      for (Path file : files) {
        JsonNode pairs = new ObjectMapper().readTree(file.toFile()).path("pairs");
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode pair : pairs) {
          String existing = pair.get("existing").asText();
          String incoming = pair.get("incoming").asText();
          float[] a = embedder.embed(existing);
          float[] b = embedder.embed(incoming);
          double cosine = Vectors.dot(a, b);
          Optional<Slot> slot = Slot.of(incoming);
          boolean linked =
              cosine >= threshold || slot.isPresent() && Slot.shared(slot, Slot.of(existing));
          List<Candidate> candidates =
              linked ? List.of(new Candidate(memory(existing, a), cosine)) : List.of();
          Decision d = resolver.resolve(incoming, candidates);
          String expected = pair.get("expected").asText();
          if (d.action() == EXPECTED.get(expected)) {
            right++;
          } else {
            misses.add(
                String.format(
                    Locale.ROOT,
                    "  MISS %s: '%s' | '%s' -> %s (%.2f) %s",
                    expected,
                    existing,
                    incoming,
                    d.action(),
                    cosine,
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
