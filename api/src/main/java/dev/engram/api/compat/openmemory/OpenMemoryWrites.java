package dev.engram.api.compat.openmemory;

import dev.engram.api.compat.openmemory.OpenMemoryViews.Deduplication;
import dev.engram.api.compat.openmemory.OpenMemoryViews.Similar;
import dev.engram.api.compat.openmemory.OpenMemoryViews.Stored;
import dev.engram.memory.Memory;
import dev.engram.memory.evolve.MemoryEvolver;
import dev.engram.memory.evolve.Resolution;
import dev.engram.memory.evolve.Resolver;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.tenancy.AppScope;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores OpenMemory writes through the engine's resolver (the same write path as {@code POST
 * /v1/memories}) and reports each decision as OpenMemory's deduplication info: a paraphrase
 * reinforces the existing memory ({@code is_duplicate}), a contradiction supersedes it.
 */
@Singleton
final class OpenMemoryWrites {
  private final MemoryEvolver evolver;
  private final MemoryWriter writer;
  private final MemoryReader reader;

  OpenMemoryWrites(MemoryEvolver evolver, MemoryWriter writer, MemoryReader reader) {
    this.evolver = evolver;
    this.writer = writer;
    this.reader = reader;
  }

  /** Resolves and stores the batch in order (one unit of work); one result per statement. */
  List<Stored> store(AppScope scope, List<NewMemory> batch) {
    List<Resolution> resolutions = evolver.add(scope.appId(), scope.keyId(), batch);
    boolean compared =
        resolutions.stream()
            .anyMatch(
                r ->
                    r.decision().action() != Resolver.Action.ADD
                        && r.decision().action() != Resolver.Action.SKIP);
    // the statements' vectors, for the similarity figures (only when something matched)
    List<float[]> vectors =
        compared ? writer.embed(batch.stream().map(NewMemory::content).toList()) : List.of();
    List<Stored> out = new ArrayList<>(resolutions.size());
    for (int i = 0; i < resolutions.size(); i++) {
      out.add(stored(scope, resolutions.get(i), compared ? vectors.get(i) : null));
    }
    return out;
  }

  private Stored stored(AppScope scope, Resolution r, float[] vector) {
    Memory m = r.memory();
    String reason = r.decision().reason();
    return switch (r.decision().action()) {
      case ADD ->
          new Stored(
              OpenMemoryViews.SUCCESS,
              m.id(),
              "created",
              null,
              m.createdAt(),
              new Deduplication(false, List.of()),
              reason);
      case REINFORCE ->
          new Stored(
              OpenMemoryViews.SUCCESS,
              m.id(),
              "reinforced",
              null,
              m.createdAt(),
              new Deduplication(true, List.of(similar(m, vector))),
              reason);
      case UPDATE -> {
        Memory old = reader.get(scope.appId(), r.decision().targetId());
        yield new Stored(
            OpenMemoryViews.SUCCESS,
            m.id(),
            "updated",
            old.id(),
            m.createdAt(),
            new Deduplication(false, List.of(similar(old, vector))),
            reason);
      }
      case DELETE ->
          new Stored(
              OpenMemoryViews.SUCCESS,
              m.id(),
              "deleted",
              null,
              m.createdAt(),
              new Deduplication(false, List.of(similar(m, vector))),
              reason);
      case SKIP ->
          new Stored(
              OpenMemoryViews.SUCCESS,
              null,
              "skipped",
              null,
              null,
              new Deduplication(false, List.of()),
              reason);
    };
  }

  private static Similar similar(Memory m, float[] vector) {
    return new Similar(
        m.id(),
        OpenMemoryMapping.cosine(vector, m.embedding()),
        m.content(),
        m.reinforcementCount());
  }
}
