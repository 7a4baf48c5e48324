package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryType;
import dev.engram.memory.embed.TestEmbedders;
import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.evolve.Resolver.Decision;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The rule engine over the development pairs, with the real MiniLM embedder. */
class EvolutionDevSetTest {
  private static final TestEmbedders.Closeable EMBEDDER = TestEmbedders.miniLm();
  private static final Map<String, Action> EXPECTED =
      Map.of("duplicate", Action.REINFORCE, "conflict", Action.UPDATE, "distinct", Action.ADD);

  @AfterAll
  static void close() {
    EMBEDDER.close();
  }

  @Test
  void theRuleEngineGetsAtLeast95PercentOfTheDevelopmentPairsRight() throws IOException {
    JsonNode pairs;
    try (InputStream in = getClass().getResourceAsStream("/evolution/evolution-dev.json")) {
      pairs = new ObjectMapper().readTree(in).get("pairs");
    }
    RuleResolver resolver = new RuleResolver();
    double threshold = EvolutionConfiguration.defaults().linkThreshold();
    List<String> failures = new ArrayList<>();
    for (JsonNode pair : pairs) {
      String existing = pair.get("existing").asText();
      String incoming = pair.get("incoming").asText();
      float[] a = EMBEDDER.embed(existing);
      float[] b = EMBEDDER.embed(incoming);
      double cosine = 0;
      for (int i = 0; i < a.length; i++) {
        cosine += a[i] * b[i];
      }
      List<Candidate> candidates =
          cosine >= threshold ? List.of(new Candidate(memory(existing, a), cosine)) : List.of();
      Decision d = resolver.resolve(incoming, candidates);
      if (d.action() != EXPECTED.get(pair.get("expected").asText())) {
        failures.add(existing + " | " + incoming + " -> " + d.action() + ": " + d.reason());
      }
    }
    double accuracy = 1.0 - (double) failures.size() / pairs.size();
    assertThat(accuracy).as(String.join("\n", failures)).isGreaterThanOrEqualTo(0.95);
  }

  private static Memory memory(String content, float[] vector) {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    return Memory.builder()
        .id("mem_existing")
        .userId("u")
        .type(MemoryType.SEMANTIC)
        .content(content)
        .embedding(vector, EMBEDDER.modelId())
        .createdAt(now)
        .updatedAt(now)
        .build();
  }
}
