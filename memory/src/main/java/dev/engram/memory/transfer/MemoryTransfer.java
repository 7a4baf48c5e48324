package dev.engram.memory.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.EventType;
import dev.engram.memory.Json;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Export and import of an app as NDJSON: one line per memory, {@code {"memory": {...}, "events":
 * [...], "relations": [...]}} (relations going out of the memory). Import is idempotent by memory
 * id.
 */
@Singleton
public class MemoryTransfer {
  private static final int BATCH = 200;
  private static final int MAX_ERRORS = 100;
  private static final Logger LOG = LoggerFactory.getLogger(MemoryTransfer.class);
  private static final ObjectMapper JSON = Json.mapper();
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

  /**
   * Reads NDJSON lines as written by {@link #export}; memories already present are skipped. Each
   * line is checked like a write through the API ({@link ImportLine}); a bad line is reported
   * (line, field, code, message) and the others are imported.
   */
  public ImportSummary importFrom(String appId, String actor, InputStream in) {
    Counts counts = new Counts();
    List<ImportLine.Parsed> batch = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      while ((text = reader.readLine()) != null) {
        if (text.isBlank()) {
          continue;
        }
        counts.lines++;
        ImportLine lines =
            new ImportLine(validator, embedder.modelId(), embedder.dimensions(), clock.instant());
        try {
          batch.add(lines.read(counts.lines, JSON.readValue(text, MAP)));
        } catch (JsonProcessingException e) {
          counts.fail(
              counts.lines,
              null,
              "invalid_json",
              "not one valid JSON object"
                  + (e.getLocation() == null
                      ? ""
                      : " (column " + e.getLocation().getColumnNr() + ")"));
        } catch (MemoryException e) {
          counts.fail(counts.lines, e.field().orElse(null), e.code().code(), e.getMessage());
        }
        if (batch.size() == BATCH) {
          store(appId, actor, batch, counts);
        }
      }
    } catch (IOException e) {
      throw new ImportBodyException(e);
    }
    store(appId, actor, batch, counts);
    for (PendingRelation pending : counts.relationsToAdd) {
      try {
        store.addRelation(appId, pending.relation());
        counts.relations++;
      } catch (RuntimeException e) {
        LOG.debug("relation of import line {} not recorded", pending.line(), e);
        counts.note(
            pending.line(),
            "relations",
            "store_failed",
            "relations: the relation to "
                + pending.relation().toId()
                + " could not be recorded (its target must be a memory of this app)");
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

  /** Reading the body failed (the connection broke, or the body went over the size limit). */
  public static final class ImportBodyException extends RuntimeException {
    ImportBodyException(IOException cause) {
      super("reading the import body failed", cause);
    }
  }

  private record PendingRelation(long line, Relation relation) {}

  private static final class Counts {
    long lines;
    long imported;
    long skipped;
    long reembedded;
    long relations;
    long failed;
    final List<ImportError> errors = new ArrayList<>();
    final List<PendingRelation> relationsToAdd = new ArrayList<>();

    void fail(long line, String field, String code, String message) {
      failed++;
      note(line, field, code, message);
    }

    /** Reports a problem of a line that was imported nonetheless. */
    void note(long line, String field, String code, String message) {
      if (errors.size() < MAX_ERRORS) {
        errors.add(new ImportError(line, field, code, message));
      }
    }
  }

  private void store(String appId, String actor, List<ImportLine.Parsed> batch, Counts counts) {
    if (batch.isEmpty()) {
      return;
    }
    Set<String> present =
        store
            .findAll(appId, batch.stream().map(p -> p.memory().id()).toList(), clock.instant())
            .stream()
            .map(Memory::id)
            .collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    List<ImportLine.Parsed> fresh = new ArrayList<>();
    for (ImportLine.Parsed p : batch) {
      if (present.contains(p.memory().id()) || !seen.add(p.memory().id())) {
        counts.skipped++;
      } else {
        fresh.add(p);
      }
    }
    batch.clear();
    if (fresh.isEmpty()) {
      return;
    }
    List<ImportLine.Parsed> stale =
        fresh.stream().filter(p -> p.memory().embedding() == null).toList();
    List<float[]> vectors;
    try {
      vectors =
          stale.isEmpty()
              ? List.of()
              : embedder.embedAll(stale.stream().map(p -> p.memory().retrievalText()).toList());
    } catch (RuntimeException e) {
      LOG.warn("embedding {} imported memories of app {} failed", stale.size(), appId, e);
      for (ImportLine.Parsed p : fresh) {
        counts.fail(p.line(), null, "embedding_failed", "the memory could not be embedded");
      }
      return;
    }
    List<ImportLine.Parsed> ready = new ArrayList<>(fresh.size());
    Set<Long> reembedded = new HashSet<>();
    for (ImportLine.Parsed p : fresh) {
      int staleIndex = stale.indexOf(p);
      if (staleIndex >= 0) {
        reembedded.add(p.line());
        Memory memory =
            p.memory().toBuilder().embedding(vectors.get(staleIndex), embedder.modelId()).build();
        ready.add(new ImportLine.Parsed(p.line(), memory, p.events(), p.relations()));
      } else {
        ready.add(p);
      }
    }
    try {
      insert(appId, actor, ready, reembedded, counts);
    } catch (RuntimeException batchFailure) {
      LOG.debug("import batch of app {} failed; storing its lines one by one", appId, batchFailure);
      for (ImportLine.Parsed p : ready) {
        try {
          insert(appId, actor, List.of(p), reembedded, counts);
        } catch (RuntimeException e) {
          LOG.warn("import line {} of app {} could not be stored", p.line(), appId, e);
          counts.fail(
              p.line(),
              "memory.id",
              "store_failed",
              "could not be stored (its id or an event id may be taken, or an event repeated)");
        }
      }
    }
  }

  /** Stores memories with their events and relations, then indexes them (quietly: catch-up). */
  private void insert(
      String appId,
      String actor,
      List<ImportLine.Parsed> lines,
      Set<Long> reembeddedLines,
      Counts counts) {
    List<Memory> memories = new ArrayList<>();
    List<MemoryEvent> events = new ArrayList<>();
    Instant now = clock.instant();
    long reembedded = 0;
    for (ImportLine.Parsed p : lines) {
      memories.add(p.memory());
      events.addAll(p.events());
      events.add(
          new MemoryEvent(
              MemoryIds.event(),
              p.memory().id(),
              p.memory().userId(),
              EventType.IMPORT,
              actor,
              "imported from line " + p.line(),
              List.of(),
              Map.of(),
              now));
      if (reembeddedLines.contains(p.line())) {
        reembedded++;
      }
    }
    store.insert(appId, memories, events);
    counts.imported += memories.size();
    counts.reembedded += reembedded;
    for (ImportLine.Parsed p : lines) {
      for (Relation relation : p.relations()) {
        counts.relationsToAdd.add(new PendingRelation(p.line(), relation));
      }
    }
    try {
      index.upsert(
          appId,
          memories.stream()
              .filter(m -> m.status() != MemoryStatus.DELETED)
              .map(IndexDocument::of)
              .toList());
    } catch (RuntimeException e) {
      LOG.error("indexing imported memories of app {} failed; the index will catch up", appId, e);
    }
  }
}
