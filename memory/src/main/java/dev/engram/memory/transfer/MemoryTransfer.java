package dev.engram.memory.transfer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.Relation;
import dev.engram.memory.embed.Embedder;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryValidator;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Export and import of an app as NDJSON: one line per memory, {@code {"memory": {...}, "events":
 * [...], "relations": [...]}} (relations going out of the memory). Import is idempotent by memory
 * id.
 */
@Singleton
public class MemoryTransfer {
  private static final int BATCH = 200;
  private static final int MAX_ERRORS = 20;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final MemoryStore store;
  private final MemoryIndex index;
  private final Embedder embedder;
  private final MemoryValidator validator;
  private final Clock clock;

  public MemoryTransfer(
      MemoryStore store, MemoryIndex index, Embedder embedder, MemoryLimits limits, Clock clock) {
    this.store = store;
    this.index = index;
    this.embedder = embedder;
    this.validator = new MemoryValidator(limits);
    this.clock = clock;
  }

  /** Writes every memory of the app (all statuses) with its events and relations. */
  public long export(String appId, OutputStream out) {
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    long[] count = {0};
    store.forEach(
        appId,
        memory -> {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("memory", MemoryJson.memory(memory));
          line.put(
              "events", store.events(appId, memory.id()).stream().map(MemoryJson::event).toList());
          line.put(
              "relations",
              store.relations(appId, memory.id()).stream()
                  .filter(r -> r.fromId().equals(memory.id()))
                  .map(MemoryJson::relation)
                  .toList());
          try {
            writer.write(JSON.writeValueAsString(line));
            writer.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          count[0]++;
        });
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count[0];
  }

  /** Reads NDJSON lines as written by {@link #export}; memories already present are skipped. */
  @SuppressWarnings("unchecked")
  public ImportSummary importFrom(String appId, String actor, InputStream in) {
    Counts counts = new Counts();
    List<Parsed> batch = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      while ((text = reader.readLine()) != null) {
        if (text.isBlank()) {
          continue;
        }
        counts.lines++;
        try {
          Map<String, Object> line = JSON.readValue(text, MAP);
          if (!(line.get("memory") instanceof Map<?, ?> memoryMap)) {
            throw new IllegalArgumentException("missing 'memory'");
          }
          Memory memory = MemoryJson.memory((Map<String, Object>) memoryMap);
          validator.content("content", memory.content());
          validator.metadata("metadata", memory.metadata());
          List<MemoryEvent> events = new ArrayList<>();
          for (Object e : (List<Object>) line.getOrDefault("events", List.of())) {
            MemoryEvent event = MemoryJson.event((Map<String, Object>) e);
            if (!event.memoryId().equals(memory.id())) {
              throw new IllegalArgumentException(
                  "event " + event.id() + " belongs to another memory");
            }
            events.add(event);
          }
          for (Object r : (List<Object>) line.getOrDefault("relations", List.of())) {
            relations.add(MemoryJson.relation((Map<String, Object>) r));
          }
          batch.add(new Parsed(counts.lines, memory, events));
        } catch (RuntimeException | IOException e) {
          counts.fail(counts.lines, e.getMessage());
        }
        if (batch.size() == BATCH) {
          store(appId, actor, batch, counts);
        }
      }
    } catch (IOException e) {
      counts.fail(counts.lines, "reading the body failed: " + e.getMessage());
    }
    store(appId, actor, batch, counts);
    for (Relation relation : relations) {
      try {
        store.addRelation(appId, relation);
        counts.relations++;
      } catch (RuntimeException e) {
        counts.fail(
            0, "relation " + relation.fromId() + " -> " + relation.toId() + ": " + e.getMessage());
      }
    }
    index.commit();
    return new ImportSummary(
        counts.lines,
        counts.imported,
        counts.skipped,
        counts.reembedded,
        counts.relations,
        counts.failed,
        List.copyOf(counts.errors));
  }

  private record Parsed(long line, Memory memory, List<MemoryEvent> events) {}

  private static final class Counts {
    long lines;
    long imported;
    long skipped;
    long reembedded;
    long relations;
    long failed;
    final List<String> errors = new ArrayList<>();

    void fail(long line, String message) {
      failed++;
      if (errors.size() < MAX_ERRORS) {
        errors.add((line > 0 ? "line " + line + ": " : "") + message);
      }
    }
  }

  private void store(String appId, String actor, List<Parsed> batch, Counts counts) {
    if (batch.isEmpty()) {
      return;
    }
    var present =
        store
            .findAll(appId, batch.stream().map(p -> p.memory().id()).toList(), clock.instant())
            .stream()
            .map(Memory::id)
            .collect(java.util.stream.Collectors.toSet());
    List<Parsed> fresh = batch.stream().filter(p -> !present.contains(p.memory().id())).toList();
    counts.skipped += batch.size() - fresh.size();
    List<Parsed> stale =
        fresh.stream()
            .filter(
                p ->
                    p.memory().embedding() == null
                        || !embedder.modelId().equals(p.memory().embeddingModel()))
            .toList();
    List<float[]> vectors =
        stale.isEmpty()
            ? List.of()
            : embedder.embedAll(stale.stream().map(p -> p.memory().retrievalText()).toList());
    List<Memory> memories = new ArrayList<>();
    List<MemoryEvent> events = new ArrayList<>();
    for (Parsed p : fresh) {
      Memory memory = p.memory();
      int staleIndex = stale.indexOf(p);
      if (staleIndex >= 0) {
        memory = memory.toBuilder().embedding(vectors.get(staleIndex), embedder.modelId()).build();
        counts.reembedded++;
      }
      memories.add(memory);
      events.addAll(p.events());
      events.add(
          new MemoryEvent(
              MemoryIds.event(),
              memory.id(),
              memory.userId(),
              EventType.IMPORT,
              actor,
              "imported from line " + p.line(),
              List.of(),
              Map.of(),
              clock.instant()));
    }
    try {
      store.insert(appId, memories, events);
      counts.imported += memories.size();
      index.upsert(
          appId,
          memories.stream()
              .filter(m -> m.status() != MemoryStatus.DELETED)
              .map(IndexDocument::of)
              .toList());
    } catch (RuntimeException e) {
      for (Parsed p : fresh) {
        counts.fail(p.line(), "could not be stored: " + e.getMessage());
      }
    }
    batch.clear();
  }
}
