package dev.engram.memory.testing;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.MemoryIndex;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A brute-force index fake for service tests: exact cosine, word-overlap keyword scores. It keeps
 * whatever it was given until told otherwise, so tests can make it lag behind the store.
 */
public class InMemoryMemoryIndex implements MemoryIndex {
  private final Map<String, Map<String, IndexDocument>> apps = new ConcurrentHashMap<>();
  private volatile boolean failing;

  /** Makes every write fail, as a broken index would. */
  public void failWrites(boolean value) {
    failing = value;
  }

  @Override
  public String name() {
    return "in-memory";
  }

  @Override
  public void upsert(String appId, List<IndexDocument> documents) {
    if (failing) {
      throw new IllegalStateException("index unavailable");
    }
    Map<String, IndexDocument> app = apps.computeIfAbsent(appId, a -> new ConcurrentHashMap<>());
    documents.forEach(d -> app.put(d.memory().id(), d));
  }

  @Override
  public void delete(String appId, Collection<String> ids) {
    if (failing) {
      throw new IllegalStateException("index unavailable");
    }
    Map<String, IndexDocument> app = apps.getOrDefault(appId, Map.of());
    ids.forEach(app::remove);
  }

  @Override
  public void dropApp(String appId) {
    apps.remove(appId);
  }

  @Override
  public List<IndexHit> vectorSearch(String appId, float[] vector, MemoryFilter filter, int k) {
    return matching(appId, filter).stream()
        .map(d -> new IndexHit(d.memory().id(), (float) dot(vector, d.memory().embedding())))
        .sorted(Comparator.comparingDouble(IndexHit::score).reversed())
        .limit(k)
        .toList();
  }

  @Override
  public List<IndexHit> keywordSearch(String appId, String text, MemoryFilter filter, int k) {
    Set<String> terms = words(text);
    return matching(appId, filter).stream()
        .map(d -> new IndexHit(d.memory().id(), overlap(terms, words(d.text()))))
        .filter(h -> h.score() > 0)
        .sorted(Comparator.comparingDouble(IndexHit::score).reversed())
        .limit(k)
        .toList();
  }

  @Override
  public long count(String appId) {
    return apps.getOrDefault(appId, Map.of()).size();
  }

  @Override
  public void commit() {}

  @Override
  public java.util.Optional<Instant> durableUntil(String appId) {
    return java.util.Optional.empty();
  }

  @Override
  public void close() {}

  private List<IndexDocument> matching(String appId, MemoryFilter filter) {
    return apps.getOrDefault(appId, Map.of()).values().stream()
        // like real indexes, this one does not filter metadata; callers re-check it
        .filter(d -> filter.withMetadata(Map.of()).matches(d.memory(), Instant.MIN))
        .toList();
  }

  private static Set<String> words(String text) {
    return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() > 2)
        .collect(Collectors.toSet());
  }

  private static float overlap(Set<String> a, Set<String> b) {
    return a.stream().filter(b::contains).count();
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
