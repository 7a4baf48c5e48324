package dev.engram.tools;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Source;
import dev.engram.memory.embed.Embedder;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.read.AccessRecorder;
import dev.engram.memory.search.MemorySearch;
import dev.engram.memory.search.ScoringConfiguration;
import dev.engram.memory.search.SearchHit;
import dev.engram.memory.search.SearchRequest;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Role;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.org.Organization;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code ./engram eval locomo --data FILE [--k 5,10,20] [--mode raw|ingest] [--context 2]}:
 * evidence recall@k of LoCoMo questions (categories 1–4) through the same services the API uses,
 * each conversation in its own app and user. Last line: {@code recall@10=<value>}.
 *
 * <p>{@code raw} stores every turn as a memory (with its neighbours as context); {@code ingest}
 * sends the turns through conversation ingestion (chunks of {@code engram.ingest.max-messages}
 * turns of one session, as durable tasks: extraction, resolution, provenance) and counts a
 * question's evidence as found when a retrieved memory names the evidence turn among its source
 * messages; it also prints how many source messages a retrieved memory has on average.
 */
public final class LocomoEval {
  private static final String ACTOR = "eval";
  private static final int BATCH = 200;

  private LocomoEval() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        ToolArgs.parse(args, Set.of("data", "k", "mode", "context", "misses"));
    Path data = Path.of(ToolArgs.require(options, "data"));
    List<Integer> ks = Locomo.parseKs(options.getOrDefault("k", "5,10,20"));
    String mode = options.getOrDefault("mode", "raw");
    if (!mode.equals("raw") && !mode.equals("ingest")) {
      throw new IllegalArgumentException("--mode " + mode + ": use raw or ingest");
    }
    int window = Integer.parseInt(options.getOrDefault("context", "2"));
    boolean misses = Boolean.parseBoolean(options.get("misses"));
    Locomo locomo = Locomo.read(data);
    try (DataDirectory home = DataDirectory.of(options, "engram-eval-");
        ApplicationContext context = ToolContext.start(home.path())) {
      Result result =
          mode.equals("ingest")
              ? run(context, locomo, ks, new LocomoIngestion(context), misses)
              : run(
                  context,
                  locomo,
                  ks,
                  (appId, conversation) -> raw(context, appId, conversation, window),
                  misses);
      result.print(ks);
    }
  }

  /** Recall sums per category and k; {@code signals}: recall@10 sums per category and signal. */
  record Result(
      Map<Integer, double[]> sums,
      Map<Integer, Integer> counts,
      long memories,
      double seconds,
      double sourcesPerHit,
      Map<Integer, double[]> signals,
      Relevances relevances) {
    double recall(Integer category, int kIndex) {
      if (category == null) {
        double total = sums.values().stream().mapToDouble(s -> s[kIndex]).sum();
        int n = counts.values().stream().mapToInt(Integer::intValue).sum();
        return n == 0 ? 0 : total / n;
      }
      return counts.getOrDefault(category, 0) == 0
          ? 0
          : sums.get(category)[kIndex] / counts.get(category);
    }

    void print(List<Integer> ks) {
      StringBuilder header = new StringBuilder(String.format("%-22s %9s", "category", "questions"));
      ks.forEach(k -> header.append(String.format(" %9s", "recall@" + k)));
      System.out.println(header);
      Map<Integer, String> names =
          Map.of(1, "1 multi-hop", 2, "2 temporal", 3, "3 open-domain", 4, "4 single-hop");
      for (int category : new TreeMap<>(counts).keySet()) {
        StringBuilder row =
            new StringBuilder(
                String.format("%-22s %9d", names.get(category), counts.get(category)));
        for (int i = 0; i < ks.size(); i++) {
          row.append(String.format(" %9.3f", recall(category, i)));
        }
        System.out.println(row);
      }
      StringBuilder all =
          new StringBuilder(
              String.format(
                  "%-22s %9d", "all", counts.values().stream().mapToInt(Integer::intValue).sum()));
      for (int i = 0; i < ks.size(); i++) {
        all.append(String.format(" %9.3f", recall(null, i)));
      }
      System.out.println(all);
      printSignals(names);
      relevances.print();
      System.out.printf(
          "memories=%d seconds=%.1f source_messages_per_retrieved_memory=%.2f%n",
          memories, seconds, sourcesPerHit);
      int ten = ks.indexOf(10);
      System.out.printf("recall@10=%.4f%n", ten >= 0 ? recall(null, ten) : Double.NaN);
    }

    /**
     * recall@10 of keyword-only (BM25), vector-only and hybrid search over the same memories, per
     * category, side by side: the hybrid must beat each of its parts.
     */
    private void printSignals(Map<Integer, String> names) {
      System.out.printf(
          "%-22s %9s %9s %9s %9s%n", "recall@10 by signal", "bm25", "vector", "hybrid", "-bm25");
      double[] total = new double[SIGNALS.size()];
      int n = 0;
      for (int category : new TreeMap<>(counts).keySet()) {
        double[] sum = signals.get(category);
        int c = counts.get(category);
        System.out.printf(
            "%-22s %9.3f %9.3f %9.3f %+9.3f%n",
            names.get(category), sum[0] / c, sum[1] / c, sum[2] / c, (sum[2] - sum[0]) / c);
        for (int i = 0; i < total.length; i++) {
          total[i] += sum[i];
        }
        n += c;
      }
      if (n > 0) {
        System.out.printf(
            "%-22s %9.3f %9.3f %9.3f %+9.3f%n",
            "all", total[0] / n, total[1] / n, total[2] / n, (total[2] - total[0]) / n);
      }
    }
  }

  /** The signals compared side by side: keyword only (BM25), vectors only, both. */
  static final List<SearchRequest.Mode> SIGNALS =
      List.of(SearchRequest.Mode.KEYWORD, SearchRequest.Mode.VECTOR, SearchRequest.Mode.HYBRID);

  /**
   * Stores one conversation's turns for a user named by its sample id; returns how many memories.
   */
  interface Loader {
    long load(String appId, Locomo.Conversation conversation);
  }

  /**
   * Loads, asks and sums; with {@code misses}, also prints each question whose evidence is not all
   * in the top 10, with every evidence turn, its rank among the first {@value #MISS_DEPTH} hits of
   * a search that counts no access ({@code -} past them) and its words (past them, also the user's
   * memories of any status that came from it), then the first 10 hits.
   */
  static Result run(
      ApplicationContext context, Locomo locomo, List<Integer> ks, Loader loader, boolean misses) {
    long started = System.nanoTime();
    Actor admin = new Actor(ACTOR, Role.PLATFORM_ADMIN, Optional.empty());
    Organization org =
        context.getBean(Organizations.class).create(admin, "locomo-" + System.nanoTime());
    Apps apps = context.getBean(Apps.class);
    MemorySearch search = context.getBean(MemorySearch.class);
    // the accesses a question's search counts are written before the next question, as if they
    // came more than a flush apart: otherwise which questions see them depends on the flush timer,
    // and the same code read ±0.01 between runs
    AccessRecorder accesses = context.getBean(AccessRecorder.class);
    // the signals side by side through a search that counts no access, so that they do not move
    // the access boost of the questions after them
    MemorySearch quiet =
        new MemorySearch(
            context.getBean(MemoryStore.class),
            context.getBean(MemoryIndex.class),
            context.getBean(Embedder.class),
            context.getBean(ScoringConfiguration.class),
            context.getBean(Clock.class),
            null);
    int maxK = ks.get(ks.size() - 1);
    int ten = ks.contains(10) ? 10 : maxK;
    Map<Integer, double[]> sums = new LinkedHashMap<>();
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    Map<Integer, double[]> signals = new LinkedHashMap<>();
    long memories = 0;
    long sources = 0;
    long hitsSeen = 0;
    long questions = locomo.conversations().stream().mapToLong(c -> c.questions().size()).sum();
    Progress ingest = new Progress("conversations", locomo.conversations().size());
    Progress ask = new Progress("questions", questions);
    long asked = 0;
    int loaded = 0;
    Relevances relevances = new Relevances();
    for (Locomo.Conversation conversation : locomo.conversations()) {
      App app =
          apps.create(
              admin, org.id(), conversation.sampleId(), "LoCoMo " + conversation.sampleId());
      String user = conversation.sampleId();
      memories += loader.load(app.id(), conversation);
      ingest.update(++loaded);
      Map<String, List<Memory>> bySource = misses ? bySource(context, app.id(), user) : Map.of();
      for (Locomo.Question question : conversation.questions()) {
        asked++;
        if (question.category() < 1 || question.category() > 4 || question.evidence().isEmpty()) {
          continue;
        }
        List<SearchHit> hits =
            search
                .search(
                    app.id(), SearchRequest.of(question.question(), MemoryFilter.user(user), maxK))
                .hits();
        accesses.flush();
        if (misses && recall(question.evidence(), hits, ten) < 1) {
          // ranks past the top k from a search that counts no access, as the signals below
          printMiss(
              conversation,
              question,
              bySource,
              quiet
                  .search(
                      app.id(),
                      SearchRequest.of(question.question(), MemoryFilter.user(user), MISS_DEPTH))
                  .hits());
        }
        double[] sum = sums.computeIfAbsent(question.category(), c -> new double[ks.size()]);
        for (int i = 0; i < ks.size(); i++) {
          sum[i] += recall(question.evidence(), hits, ks.get(i));
        }
        double[] bySignal =
            signals.computeIfAbsent(question.category(), c -> new double[SIGNALS.size()]);
        for (int i = 0; i < SIGNALS.size(); i++) {
          List<SearchHit> signalHits =
              quiet
                  .search(
                      app.id(),
                      new SearchRequest(
                          question.question(),
                          MemoryFilter.user(user),
                          ten,
                          null,
                          null,
                          SIGNALS.get(i),
                          false))
                  .hits();
          bySignal[i] += recall(question.evidence(), signalHits, ten);
        }
        relevances.add(question.evidence(), hits.subList(0, Math.min(ten, hits.size())));
        for (SearchHit hit : hits.subList(0, Math.min(ten, hits.size()))) {
          hitsSeen++;
          sources += hit.memory().sources().stream().mapToLong(s -> s.messageIds().size()).sum();
        }
        counts.merge(question.category(), 1, Integer::sum);
        if (asked % 20 == 0) {
          ask.update(asked);
        }
      }
    }
    ask.update(questions);
    return new Result(
        sums,
        counts,
        memories,
        (System.nanoTime() - started) / 1e9,
        hitsSeen == 0 ? 0 : (double) sources / hitsSeen,
        signals,
        relevances);
  }

  /**
   * The relevance the search gives its first hit and the first hit holding evidence (within the top
   * 10): what a client's fixed cut-off (a {@code similarity_threshold}, a voice agent's tool)
   * reads.
   */
  static final class Relevances {
    private final List<Double> top = new ArrayList<>();
    private final List<Double> evidence = new ArrayList<>();

    void add(Set<String> evidenceIds, List<SearchHit> hits) {
      if (hits.isEmpty()) {
        return;
      }
      top.add(hits.get(0).relevance());
      hits.stream()
          .filter(
              h -> h.memory().sources().stream().anyMatch(s -> holds(s.messageIds(), evidenceIds)))
          .findFirst()
          .ifPresent(h -> evidence.add(h.relevance()));
    }

    private static boolean holds(List<String> ids, Set<String> evidenceIds) {
      return ids.stream().anyMatch(evidenceIds::contains);
    }

    void print() {
      System.out.println(line("relevance of the top hit", top));
      System.out.println(line("relevance of the evidence", evidence));
    }

    static String line(String name, List<Double> values) {
      Percentiles p = new Percentiles(values);
      long above = values.stream().filter(v -> v >= CUT_OFF).count();
      return String.format(
          "%-26s n=%d p10 %.3f p25 %.3f p50 %.3f p75 %.3f p90 %.3f mean %.3f >=%.1f %.3f",
          name,
          values.size(),
          p.at(10),
          p.at(25),
          p.at(50),
          p.at(75),
          p.at(90),
          p.mean(),
          CUT_OFF,
          values.isEmpty() ? Double.NaN : (double) above / values.size());
    }

    /** The ElevenLabs tools' fixed cut-off, the one documented relevance threshold. */
    private static final double CUT_OFF = 0.3;
  }

  private static final int MISS_DEPTH = 50;

  /** Every memory of the user, whatever its status, by the messages it came from. */
  private static Map<String, List<Memory>> bySource(
      ApplicationContext context, String appId, String user) {
    MemoryFilter any = MemoryFilter.user(user).withStatuses(EnumSet.allOf(MemoryStatus.class));
    Map<String, List<Memory>> out = new HashMap<>();
    for (Memory memory :
        context
            .getBean(MemoryStore.class)
            .list(appId, any, MemoryFilter.Sort.NEWEST_FIRST, 10_000, 0, Instant.now())
            .memories()) {
      memory
          .sources()
          .forEach(
              s ->
                  s.messageIds()
                      .forEach(id -> out.computeIfAbsent(id, x -> new ArrayList<>()).add(memory)));
    }
    return out;
  }

  private static void printMiss(
      Locomo.Conversation conversation,
      Locomo.Question question,
      Map<String, List<Memory>> bySource,
      List<SearchHit> hits) {
    System.out.printf("MISS [%d] %s%n", question.category(), question.question());
    for (String id : question.evidence()) {
      int rank = 0;
      for (int i = 0; i < hits.size() && rank == 0; i++) {
        if (hits.get(i).memory().sources().stream().anyMatch(s -> s.messageIds().contains(id))) {
          rank = i + 1;
        }
      }
      String text =
          conversation.turns().stream()
              .filter(t -> t.diaId().equals(id))
              .findFirst()
              .map(LocomoEval::line)
              .orElse("?");
      System.out.printf("  %3s %-8s %s%n", rank == 0 ? "-" : rank, id, text);
      if (rank == 0) {
        Map<String, Memory> byId = new HashMap<>();
        bySource.values().forEach(l -> l.forEach(m -> byId.put(m.id(), m)));
        for (Memory memory : bySource.getOrDefault(id, List.of())) {
          System.out.printf("           %s: %s%n", memory.status(), memory.content());
          Memory next = memory.nextId() == null ? null : byId.get(memory.nextId());
          if (next != null) {
            System.out.printf("             by: %s%n", next.content());
          }
        }
      }
    }
    for (int i = 0; i < Math.min(10, hits.size()); i++) {
      String content = hits.get(i).memory().content();
      System.out.printf(
          "      top %2d: %s%n", i + 1, content.substring(0, Math.min(110, content.length())));
    }
  }

  /** Raw mode: every turn one memory, in batches, with its neighbours as context. */
  static long raw(
      ApplicationContext context, String appId, Locomo.Conversation conversation, int window) {
    MemoryWriter writer = context.getBean(MemoryWriter.class);
    long memories = 0;
    List<NewMemory> batch = new ArrayList<>();
    List<Locomo.Turn> dialogue = conversation.turns();
    for (int i = 0; i < dialogue.size(); i++) {
      batch.add(rawMemory(conversation, dialogue, i, window));
      if (batch.size() == BATCH) {
        memories += writer.add(appId, ACTOR, batch).size();
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      memories += writer.add(appId, ACTOR, batch).size();
    }
    return memories;
  }

  /**
   * One turn as one memory: {@code speaker: text} (plus the photo caption), with the turns just
   * before and after it in the same session as its context, so a short reply ("Yes, last week!")
   * can be found by what it answers.
   */
  static NewMemory rawMemory(
      Locomo.Conversation conversation, List<Locomo.Turn> turns, int index, int window) {
    Locomo.Turn turn = turns.get(index);
    String content = line(turn);
    List<String> context = new ArrayList<>();
    for (int i = Math.max(0, index - window); i < index; i++) {
      if (turns.get(i).session() == turn.session()) {
        context.add("after " + line(turns.get(i)));
      }
    }
    for (int i = index + 1; i <= Math.min(turns.size() - 1, index + window); i++) {
      if (turns.get(i).session() == turn.session()) {
        context.add("followed by " + line(turns.get(i)));
      }
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("speaker", turn.speaker());
    metadata.put("session", turn.session());
    return new NewMemory(
        null,
        conversation.sampleId(),
        "session_" + turn.session(),
        null,
        null,
        MemoryType.EPISODIC,
        content,
        context.isEmpty() ? null : String.join("; ", context),
        null,
        null,
        null,
        metadata,
        turn.date(),
        null,
        List.of(new Source(conversation.sampleId(), List.of(turn.diaId()))));
  }

  private static String line(Locomo.Turn turn) {
    String text = turn.speaker() + ": " + turn.text();
    return turn.caption().isBlank() ? text : text + " [shares a photo: " + turn.caption() + "]";
  }

  static double recall(Set<String> evidence, List<SearchHit> hits, int k) {
    Set<String> found = new HashSet<>();
    for (SearchHit hit : hits.subList(0, Math.min(k, hits.size()))) {
      hit.memory().sources().forEach(s -> found.addAll(s.messageIds()));
    }
    long matched = evidence.stream().filter(found::contains).count();
    return (double) matched / evidence.size();
  }
}
