package dev.engram.memory.evolve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.memory.Json;
import dev.engram.memory.Vectors;
import dev.engram.memory.embed.Embedder;
import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pair of an evolution set, embedded, and linked as the evolver links a candidate: at the link
 * threshold, or below it on a shared slot.
 *
 * @param existing the older statement
 * @param incoming the newer statement
 * @param expected the action the set's label asks for
 * @param vector the older statement's embedding
 * @param cosine the two statements' cosine
 * @param slot the slot the newer statement fills, if any
 * @param linked whether the evolver would compare the two at all
 */
record SetPair(
    String existing,
    String incoming,
    Action expected,
    float[] vector,
    double cosine,
    Optional<Slot> slot,
    boolean linked) {

  private static final Map<String, Action> EXPECTED =
      Map.of("duplicate", Action.REINFORCE, "conflict", Action.UPDATE, "distinct", Action.ADD);

  /** The pairs of one set file, in its order. */
  static List<SetPair> read(Path file, Embedder embedder) throws IOException {
    List<SetPair> pairs = new ArrayList<>();
    for (JsonNode pair : Json.mapper().readTree(file.toFile()).path("pairs")) {
      String existing = pair.get("existing").asText();
      String incoming = pair.get("incoming").asText();
      float[] a = embedder.embed(existing);
      double cosine = Vectors.dot(a, embedder.embed(incoming));
      Optional<Slot> slot = Slot.of(incoming);
      boolean linked = linked(cosine, slot, Slot.of(existing));
      Action expected = EXPECTED.get(pair.get("expected").asText());
      pairs.add(new SetPair(existing, incoming, expected, a, cosine, slot, linked));
    }
    return pairs;
  }

  /**
   * Whether the evolver compares an older statement with a newer one: at the link threshold, or
   * below it when both fill one slot.
   */
  static boolean linked(double cosine, Optional<Slot> incoming, Optional<Slot> existing) {
    return cosine >= EvolutionConfiguration.defaults().linkThreshold()
        || incoming.isPresent() && Slot.shared(incoming, existing);
  }

  /** The older statement as the resolver's candidate. */
  Candidate candidate() {
    return new Candidate(ProbeSetsRun.memory(existing, vector), cosine);
  }
}
