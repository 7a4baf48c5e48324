package dev.engram.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.memory.Json;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryType;
import dev.engram.memory.embed.Embedder;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.search.Fusion;
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
import dev.engram.tenancy.org.Organizations;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ./engram eval paraphrase [--data FILE,…] [--users 5] [--distractors 1000]}: does search
 * find a fact when the question asks for it in other words? Each user holds every fact of every set
 * plus {@code distractors} synthetic statements (the search benchmark's generator: preferences,
 * places, foods, plans); each fact's question is asked within its user. Hit@1, hit@10 and mean
 * reciprocal rank per signal: keyword only (BM25), vectors only, and the hybrid fusions side by
 * side, so that a hybrid worse than one of its parts shows. Without {@code --data} the three sets
 * bundled with the tools run (A, used to choose; B and C, held out: C was written in session 15
 * before the fusion work it checks). Last line: {@code hit@10=<hybrid as configured, all sets>}.
 */
public final class ParaphraseEval {
  private static final String ACTOR = "eval";
  private static final List<String> BUNDLED =
      List.of("paraphrase-a", "paraphrase-b", "paraphrase-c");
  private static final int TOP = 10;
  private static final int BATCH = 200;

  private ParaphraseEval() {}

  /** A fact and a question that asks for it in other words. */
  record Pair(String fact, String question) {}

  /** One named set of pairs. */
  record PairSet(String name, List<Pair> pairs) {}

  /** A way to search: a name and the search that does it. */
  record Signal(String name, SearchRequest.Mode mode, MemorySearch search) {}

  /** One signal's figures on one set. */
  record Row(String set, String signal, double hitAt1, double hitAt10, double mrr) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        ToolArgs.parse(args, Set.of("data", "users", "distractors", "seed", "misses"));
    List<PairSet> sets = new ArrayList<>();
    if (options.containsKey("data")) {
      for (String file : options.get("data").split(",")) {
        try (InputStream in = Files.newInputStream(Path.of(file.trim()))) {
          sets.add(read(in));
        }
      }
    } else {
      sets.addAll(bundled());
    }
    int users = Integer.parseInt(options.getOrDefault("users", "5"));
    int distractors = Integer.parseInt(options.getOrDefault("distractors", "1000"));
    long seed = Long.parseLong(options.getOrDefault("seed", "13"));
    try (DataDirectory home = DataDirectory.of(options, "engram-eval-");
        ApplicationContext context = ToolContext.start(home.path())) {
      run(context, sets, users, distractors, seed, Boolean.parseBoolean(options.get("misses")));
    }
  }

  /** The three sets that ship with the tools: A (used to choose), B and C (held out). */
  static List<PairSet> bundled() throws IOException {
    List<PairSet> sets = new ArrayList<>();
    for (String name : BUNDLED) {
      try (InputStream in = ParaphraseEval.class.getResourceAsStream("/eval/" + name + ".json")) {
        sets.add(read(in));
      }
    }
    return sets;
  }

  static PairSet read(InputStream in) throws IOException {
    JsonNode root = Json.mapper().readTree(in);
    List<Pair> pairs = new ArrayList<>();
    for (JsonNode pair : root.path("pairs")) {
      pairs.add(new Pair(pair.path("fact").asText(), pair.path("question").asText()));
    }
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("no pairs in set " + root.path("name").asText("?"));
    }
    return new PairSet(root.path("name").asText("set"), pairs);
  }

  /**
   * Stores, asks and prints; with {@code misses}, also each question of the first user that vector
   * search answers within the top 10 and the configured hybrid does not, with the hybrid's top 3.
   */
  static List<Row> run(
      ApplicationContext context,
      List<PairSet> sets,
      int users,
      int distractors,
      long seed,
      boolean misses) {
    Actor admin = new Actor(ACTOR, Role.PLATFORM_ADMIN, Optional.empty());
    String org =
        context.getBean(Organizations.class).create(admin, "paraphrase-" + System.nanoTime()).id();
    App app = context.getBean(Apps.class).create(admin, org, "paraphrase", "Paraphrase eval");
    MemoryWriter writer = context.getBean(MemoryWriter.class);
    SyntheticMemories synthetic = new SyntheticMemories(seed);
    Map<String, String> factIds = new LinkedHashMap<>();
    Progress progress = new Progress("store", users);
    for (int u = 0; u < users; u++) {
      String user = "user-" + u;
      List<NewMemory> memories = new ArrayList<>();
      List<String> facts = new ArrayList<>();
      for (PairSet set : sets) {
        for (Pair pair : set.pairs()) {
          memories.add(memory(user, pair.fact()));
          facts.add(pair.fact());
        }
      }
      for (int i = 0; i < distractors; i++) {
        memories.add(memory(user, synthetic.statement()));
      }
      for (int from = 0; from < memories.size(); from += BATCH) {
        List<String> ids =
            writer
                .add(
                    app.id(),
                    ACTOR,
                    memories.subList(from, Math.min(memories.size(), from + BATCH)))
                .stream()
                .map(m -> m.id())
                .toList();
        for (int i = 0; i < ids.size() && from + i < facts.size(); i++) {
          factIds.put(user + "\u0000" + facts.get(from + i), ids.get(i));
        }
      }
      progress.update(u + 1);
    }
    List<Signal> signals = signals(context);
    System.out.printf(
        "%d users × (%d facts + %d distractors); hit@1 / hit@%d / MRR@%d per signal%n",
        users, factIds.size() / users, distractors, TOP, TOP);
    double configured = 0;
    int asked = 0;
    List<Row> rows = new ArrayList<>();
    for (PairSet set : sets) {
      double[][] sums = new double[signals.size()][3];
      List<Double> topRelevance = new ArrayList<>();
      List<Double> factRelevance = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        String user = "user-" + u;
        for (Pair pair : set.pairs()) {
          String id = factIds.get(user + "\u0000" + pair.fact());
          int[] ranks = new int[signals.size()];
          List<SearchHit> configuredHits = List.of();
          for (int s = 0; s < signals.size(); s++) {
            Signal signal = signals.get(s);
            List<SearchHit> hits =
                signal
                    .search()
                    .search(
                        app.id(),
                        new SearchRequest(
                            pair.question(),
                            MemoryFilter.user(user),
                            TOP,
                            null,
                            null,
                            signal.mode(),
                            false))
                    .hits();
            int rank = rank(hits, id);
            ranks[s] = rank;
            if (s == CONFIGURED) {
              configuredHits = hits;
              if (!hits.isEmpty()) {
                topRelevance.add(hits.get(0).relevance());
              }
              if (rank > 0) {
                factRelevance.add(hits.get(rank - 1).relevance());
              }
            }
            sums[s][0] += rank == 1 ? 1 : 0;
            sums[s][1] += rank > 0 ? 1 : 0;
            sums[s][2] += rank > 0 ? 1.0 / rank : 0;
          }
          if (misses && u == 0 && ranks[VECTOR] > 0 && ranks[CONFIGURED] == 0) {
            System.out.printf(
                "missed: %s -> %s (vector rank %d); hybrid top 3: %s%n",
                pair.question(),
                pair.fact(),
                ranks[VECTOR],
                configuredHits.stream()
                    .limit(3)
                    .map(h -> h.memory().content() + String.format(" %.3f", h.compositeScore()))
                    .toList());
          }
        }
      }
      int n = users * set.pairs().size();
      System.out.printf(
          "%-36s %8s %8s %8s%n", set.name() + " (" + n + ")", "hit@1", "hit@10", "mrr");
      for (int s = 0; s < signals.size(); s++) {
        Row row =
            new Row(
                set.name(), signals.get(s).name(), sums[s][0] / n, sums[s][1] / n, sums[s][2] / n);
        rows.add(row);
        System.out.printf(
            "  %-34s %8.3f %8.3f %8.3f%n", row.signal(), row.hitAt1(), row.hitAt10(), row.mrr());
      }
      System.out.println(
          "  " + LocomoEval.Relevances.line("relevance of the top hit", topRelevance));
      System.out.println("  " + LocomoEval.Relevances.line("relevance of the fact", factRelevance));
      configured += sums[CONFIGURED][1];
      asked += n;
    }
    System.out.printf("hit@10=%.4f%n", configured / asked);
    return rows;
  }

  /** Indexes of vector search and of the configured hybrid among {@link #signals}. */
  private static final int VECTOR = 1;

  private static final int CONFIGURED = 2;

  private static List<Signal> signals(ApplicationContext context) {
    ScoringConfiguration config = context.getBean(ScoringConfiguration.class);
    List<Signal> signals = new ArrayList<>();
    signals.add(new Signal("bm25", SearchRequest.Mode.KEYWORD, search(context, config)));
    signals.add(new Signal("vector", SearchRequest.Mode.VECTOR, search(context, config)));
    signals.add(new Signal(hybrid(config), SearchRequest.Mode.HYBRID, search(context, config)));
    if (config.keywordFloor() > 0) {
      ScoringConfiguration without = config.withKeywordFloor(0);
      signals.add(new Signal(hybrid(without), SearchRequest.Mode.HYBRID, search(context, without)));
    }
    if (config.keywordCoverageFloor() > 0) {
      ScoringConfiguration without = config.withKeywordCoverageFloor(0);
      signals.add(new Signal(hybrid(without), SearchRequest.Mode.HYBRID, search(context, without)));
    }
    if (config.keywordMinTerms() > 1) {
      ScoringConfiguration without = config.withKeywordMinTerms(0);
      signals.add(new Signal(hybrid(without), SearchRequest.Mode.HYBRID, search(context, without)));
    }
    for (Fusion fusion : Fusion.values()) {
      if (fusion != config.fusion()) {
        signals.add(
            new Signal(
                "hybrid (" + fusion + " " + config.keywordWeight() + ")",
                SearchRequest.Mode.HYBRID,
                search(context, config.withFusion(fusion, config.keywordWeight()))));
      }
    }
    return signals;
  }

  /**
   * A hybrid signal's name: its fusion, keyword weight and (when set) keyword floor, min-terms and
   * coverage floor.
   */
  private static String hybrid(ScoringConfiguration config) {
    return "hybrid ("
        + config.fusion()
        + " "
        + config.keywordWeight()
        + (config.keywordFloor() > 0 ? " floor " + config.keywordFloor() : "")
        + (config.keywordMinTerms() > 1 ? " min-terms " + config.keywordMinTerms() : "")
        + (config.keywordCoverageFloor() > 0
            ? " coverage-floor " + config.keywordCoverageFloor()
            : "")
        + ")";
  }

  /** A search with these settings that counts no access (one question must not move another). */
  private static MemorySearch search(ApplicationContext context, ScoringConfiguration config) {
    return new MemorySearch(
        context.getBean(MemoryStore.class),
        context.getBean(MemoryIndex.class),
        context.getBean(Embedder.class),
        config,
        context.getBean(Clock.class),
        null);
  }

  private static int rank(List<SearchHit> hits, String id) {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).memory().id().equals(id)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static NewMemory memory(String user, String content) {
    return new NewMemory(
        null,
        user,
        null,
        null,
        null,
        MemoryType.SEMANTIC,
        content,
        null,
        null,
        null,
        null,
        Map.of(),
        null,
        null,
        List.of());
  }
}
