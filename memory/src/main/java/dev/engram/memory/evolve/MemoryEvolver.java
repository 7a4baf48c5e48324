package dev.engram.memory.evolve;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.Source;
import dev.engram.memory.Vectors;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.evolve.Resolver.Decision;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved write path (DESIGN.md § 4, write path 2): each incoming statement is compared with
 * the nearest active memories of its user and added, reinforces a paraphrase, supersedes a
 * contradicted memory (keeping the chain), deletes a retracted one, or is skipped. A batch is
 * processed in order, so later statements see earlier ones. Every decision leaves an event with its
 * reason.
 */
@Singleton
public class MemoryEvolver {
  /**
   * Runs of a resolved batch when concurrent writers keep changing the memories it resolves
   * against: a batch that lost the race is resolved again against what they wrote.
   */
  static final int CONFLICT_ATTEMPTS = 3;

  private final MemoryStore store;
  private final MemoryIndex index;
  private final MemoryWriter writer;
  private final Resolver resolver;
  private final EvolutionConfiguration config;
  private final Clock clock;

  public MemoryEvolver(
      MemoryStore store,
      MemoryIndex index,
      MemoryWriter writer,
      Resolver resolver,
      EvolutionConfiguration config,
      Clock clock) {
    this.store = store;
    this.index = index;
    this.writer = writer;
    this.resolver = resolver;
    this.config = config;
    this.clock = clock;
  }

  /** Resolves and applies a batch, in order; one resolution per statement. */
  public List<Resolution> add(String appId, String actor, List<NewMemory> batch) {
    return add(appId, actor, batch, (index, resolution) -> {});
  }

  /** Told of each statement's resolution, inside the unit of work, with its place in the batch. */
  @FunctionalInterface
  public interface Applied {
    /**
     * @param index the statement's place in the batch: a unit of work run again after a conflict
     *     starts again at 0
     * @param resolution what the statement did
     */
    void applied(int index, Resolution resolution);
  }

  /**
   * Resolves and applies a batch, in order, calling {@code afterEach} once a statement's change is
   * made, as one unit of work: every memory, event and whatever {@code afterEach} writes (a task's
   * checkpoint) is committed together — durable when this returns — or not at all. Statements of
   * the batch see the earlier ones as candidates directly (the store through the transaction, the
   * index through the batch's own list), and the index is updated once, after the commit. Timed as
   * {@code memory.operation.duration} with {@code operation=resolve}.
   */
  public List<Resolution> add(
      String appId, String actor, List<NewMemory> batch, Applied afterEach) {
    return writer.time(
        "resolve",
        appId,
        () -> {
          writer.validateBatch(batch);
          List<float[]> vectors =
              writer.embed(
                  batch.stream().map(m -> Memory.retrievalText(m.content(), m.context())).toList());
          // the batch's statements are compared with mostly the same memories: each text is
          // parsed once for the whole batch (and its re-runs)
          return Readings.during(
              () ->
                  writer.inUnitOfWorkRetryingConflicts(
                      CONFLICT_ATTEMPTS,
                      () -> {
                        List<Resolution> out = new ArrayList<>(batch.size());
                        Map<String, Memory> unindexed = new LinkedHashMap<>();
                        for (int i = 0; i < batch.size(); i++) {
                          Resolution resolution =
                              addOne(appId, actor, batch.get(i), vectors.get(i), unindexed);
                          out.add(resolution);
                          afterEach.applied(i, resolution);
                        }
                        if (!unindexed.isEmpty()) {
                          writer.indexQuietly(appId, List.copyOf(unindexed.values()));
                        }
                        return out;
                      }));
        });
  }

  private Resolution addOne(
      String appId, String actor, NewMemory in, float[] vector, Map<String, Memory> unindexed) {
    Instant now = clock.instant();
    List<Candidate> candidates =
        candidates(appId, in.userId(), in.content(), vector, now, unindexed);
    Decision decision = resolver.forApp(appId).resolve(in.content(), in.context(), candidates);
    Map<String, Object> details = new HashMap<>();
    details.put("engine", decision.engine());
    details.put("statement", in.content());
    List<String> compared = candidates.stream().map(c -> c.memory().id()).toList();
    Memory target =
        candidates.stream()
            .map(Candidate::memory)
            .filter(m -> m.id().equals(decision.targetId()))
            .findFirst()
            .orElse(null);
    if (decision.action() != Resolver.Action.ADD
        && decision.action() != Resolver.Action.SKIP
        && target == null) {
      throw new IllegalStateException(
          "resolver " + decision.engine() + " chose a memory it was not given");
    }
    return switch (decision.action()) {
      case ADD -> {
        Memory memory = writer.build(in, vector, now);
        writer.insert(
            appId,
            List.of(memory),
            List.of(event(memory, EventType.ADD, actor, decision, compared, details, now)));
        unindexed.put(memory.id(), memory);
        yield new Resolution(decision, memory);
      }
      case REINFORCE -> {
        if (alreadyFrom(target, in.sources())) {
          // The same evidence (conversation and messages) does not reinforce twice: a re-run of
          // an interrupted ingestion job lands here.
          yield new Resolution(decision, target);
        }
        Memory reinforced =
            target.toBuilder()
                .reinforcementCount(target.reinforcementCount() + 1)
                .lastReinforcedAt(now)
                .sources(merge(target.sources(), in.sources()))
                .updatedAt(now)
                .version(target.version() + 1)
                .build();
        replace(appId, target, reinforced, EventType.REINFORCE, actor, decision, details, now);
        unindexed.put(reinforced.id(), reinforced);
        yield new Resolution(decision, reinforced);
      }
      case UPDATE -> {
        Memory next = successor(in, vector, target, now);
        Memory old =
            target.toBuilder()
                .status(MemoryStatus.SUPERSEDED)
                .validTo(now)
                .nextId(next.id())
                .updatedAt(now)
                .version(target.version() + 1)
                .build();
        writer.insert(
            appId,
            List.of(next),
            List.of(
                event(next, EventType.UPDATE, actor, decision, List.of(old.id()), details, now)));
        Map<String, Object> supersededBy = new HashMap<>(details);
        supersededBy.put("superseded_by", next.id());
        replace(appId, target, old, EventType.UPDATE, actor, decision, supersededBy, now);
        unindexed.put(old.id(), old);
        unindexed.put(next.id(), next);
        yield new Resolution(decision, next);
      }
      case DELETE -> {
        Memory deleted = writer.delete(appId, actor, target.id(), decision.reason());
        unindexed.remove(target.id());
        yield new Resolution(decision, deleted);
      }
      case SKIP -> {
        writer.recordEvent(
            appId,
            MemoryWriter.event(
                writer.build(in, vector, now),
                EventType.SKIP,
                actor,
                decision.reason(),
                compared,
                details,
                now));
        yield new Resolution(decision, null);
      }
    };
  }

  /**
   * The memory replacing {@code target}. Its context names the statement it replaces, so the
   * questions that found the old memory find its successor (the old one leaves default searches):
   * by keywords through that context, and by meaning through its vector, the normalized sum of the
   * incoming statement's vector and the replaced memory's (what embedding both texts together
   * approximates, without a second model call on the write path).
   */
  private Memory successor(NewMemory in, float[] vector, Memory target, Instant now) {
    String replaces = "previously: " + target.content();
    String context =
        in.context() == null || in.context().isBlank() ? replaces : in.context() + "; " + replaces;
    return writer.build(in, blend(vector, target.embedding()), now).toBuilder()
        .context(context)
        .previousId(target.id())
        .build();
  }

  /**
   * The unit vector along {@code a + b}; {@code a} when {@code b} is missing or of another size.
   */
  static float[] blend(float[] a, @Nullable float[] b) {
    if (b == null || b.length != a.length) {
      return a;
    }
    float[] sum = new float[a.length];
    double norm = 0;
    for (int i = 0; i < a.length; i++) {
      sum[i] = a[i] + b[i];
      norm += sum[i] * sum[i];
    }
    if (norm == 0) {
      return a;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < sum.length; i++) {
      sum[i] *= scale;
    }
    return sum;
  }

  /**
   * The nearest active memories of the user at least {@code linkThreshold} close (at most {@code
   * candidates}); under it but at least {@code slotFloor} close, those filling the same
   * single-valued slot as the statement ({@link Slot}) among the nearest {@value #SLOT_SEARCH}
   * times as many, and at most {@value #ATTRIBUTE_CANDIDATES} sharing an attribute noun or an
   * acronym with it ({@link Attributes}), found by a keyword query of those words: worded far
   * apart, they may still be what it replaces.
   */
  private List<Candidate> candidates(
      String appId,
      String userId,
      String content,
      float[] vector,
      Instant now,
      Map<String, Memory> unindexed) {
    // only a statement that fills a slot looks further than the nearest few and under the link
    // threshold: the others cost one k-NN look-up of candidates and the re-read of those linked
    Optional<Slot> slot = Readings.slot(content);
    List<IndexHit> hits =
        index.vectorSearch(
            appId,
            vector,
            MemoryFilter.user(userId),
            slot.isPresent() ? config.candidates() * SLOT_SEARCH : config.candidates());
    Map<String, Double> cosine = new HashMap<>();
    Map<String, Double> below = new HashMap<>();
    for (IndexHit hit : hits) {
      keep(hit.id(), hit.score(), cosine, slot.isPresent() ? below : null);
    }
    // a statement naming a thing asks the keywords for memories naming it too: their cosine is
    // known once they are read
    List<String> attributeWords =
        Attributes.terseChange(content) ? Attributes.queryWords(content) : List.of();
    LinkedHashSet<String> keyed = new LinkedHashSet<>();
    if (!attributeWords.isEmpty()) {
      for (IndexHit hit :
          index.keywordSearch(
              appId,
              String.join(" ", attributeWords),
              MemoryFilter.user(userId),
              config.candidates())) {
        if (!cosine.containsKey(hit.id()) && !below.containsKey(hit.id())) {
          keyed.add(hit.id());
        }
      }
    }
    // earlier statements of this batch, which the index does not hold yet
    for (Memory memory : unindexed.values()) {
      if (memory.userId().equals(userId)
          && memory.status() == MemoryStatus.ACTIVE
          && memory.embedding() != null) {
        double score = Vectors.cosine(vector, memory.embedding());
        keep(memory.id(), score, cosine, slot.isPresent() ? below : null);
        if (!attributeWords.isEmpty() && !cosine.containsKey(memory.id())) {
          keyed.add(memory.id());
        }
      }
    }
    if (cosine.isEmpty() && below.isEmpty() && keyed.isEmpty()) {
      return List.of();
    }
    Map<String, Double> all = new HashMap<>(below);
    all.putAll(cosine);
    LinkedHashSet<String> ids = new LinkedHashSet<>(all.keySet());
    ids.addAll(keyed);
    List<Memory> found =
        store.findAll(appId, ids, now).stream()
            .filter(m -> m.status() == MemoryStatus.ACTIVE && m.userId().equals(userId))
            .toList();
    List<Candidate> out =
        new ArrayList<>(
            found.stream()
                .filter(m -> cosine.containsKey(m.id()))
                .map(m -> new Candidate(m, cosine.get(m.id())))
                .sorted((a, b) -> Double.compare(b.cosine(), a.cosine()))
                .limit(config.candidates())
                .toList());
    if (!below.isEmpty()) {
      found.stream()
          .filter(m -> below.containsKey(m.id()) && !cosine.containsKey(m.id()))
          .filter(m -> Slot.shared(slot, Readings.slot(m.content())))
          .map(m -> new Candidate(m, below.get(m.id())))
          .sorted((a, b) -> Double.compare(b.cosine(), a.cosine()))
          .limit(config.candidates())
          .forEach(out::add);
    }
    if (!attributeWords.isEmpty()) {
      List<String> compared = out.stream().map(c -> c.memory().id()).toList();
      found.stream()
          .filter(m -> !compared.contains(m.id()) && m.embedding() != null)
          .map(m -> new Candidate(m, Vectors.cosine(vector, m.embedding())))
          .filter(c -> c.cosine() >= config.slotFloor() && c.cosine() < config.linkThreshold())
          .filter(c -> Attributes.comparable(content, c.memory().content()))
          .filter(c -> Attributes.shared(content, c.memory().content()))
          .sorted((a, b) -> Double.compare(b.cosine(), a.cosine()))
          .limit(ATTRIBUTE_CANDIDATES)
          .forEach(out::add);
    }
    return List.copyOf(out);
  }

  /** The most memories under the link threshold compared for an attribute shared by name. */
  static final int ATTRIBUTE_CANDIDATES = 2;

  /** How many times {@code candidates} the index is asked for, for memories filling a slot. */
  static final int SLOT_SEARCH = 4;

  /** Files a neighbour as linked, or as below the link threshold (when {@code below} is given). */
  private void keep(
      String id, double score, Map<String, Double> linked, @Nullable Map<String, Double> below) {
    if (score >= config.linkThreshold()) {
      linked.put(id, score);
    } else if (below != null && score >= config.slotFloor()) {
      below.put(id, score);
    }
  }

  private void replace(
      String appId,
      Memory current,
      Memory replacement,
      EventType type,
      String actor,
      Decision decision,
      Map<String, Object> details,
      Instant now) {
    writer.replace(
        appId,
        current,
        replacement,
        event(replacement, type, actor, decision, List.of(), details, now),
        "try again");
  }

  private static MemoryEvent event(
      Memory memory,
      EventType type,
      String actor,
      Decision decision,
      List<String> related,
      Map<String, Object> details,
      Instant now) {
    return new MemoryEvent(
        MemoryIds.event(),
        memory.id(),
        memory.userId(),
        type,
        actor,
        decision.reason(),
        related,
        details,
        now);
  }

  private static boolean alreadyFrom(Memory target, List<Source> incoming) {
    return incoming != null && !incoming.isEmpty() && target.sources().containsAll(incoming);
  }

  private static List<Source> merge(List<Source> existing, List<Source> incoming) {
    if (incoming == null || incoming.isEmpty()) {
      return existing;
    }
    LinkedHashSet<Source> all = new LinkedHashSet<>(existing);
    all.addAll(incoming);
    return List.copyOf(all);
  }
}
