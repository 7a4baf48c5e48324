package dev.engram.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.memory.Json;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.evolve.MemoryEvolver;
import dev.engram.memory.evolve.Resolution;
import dev.engram.memory.search.MemorySearch;
import dev.engram.memory.search.SearchHit;
import dev.engram.memory.search.SearchRequest;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.write.NewMemory;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Role;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.org.Organization;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ./engram eval evolution --data FILE}: how well the resolved write path evolves memories.
 * Each pair and each scenario runs for a fresh user of one app through {@link MemoryEvolver} with
 * the configured embedder and index. Pairs are judged by the resulting state (duplicate: one active
 * memory, reinforced; conflict: old superseded and chained, new active; distinct: both active);
 * scenarios by their search checks ({@code checks}) and by which of their steps are active at the
 * end ({@code expect_active}, {@code expect_superseded}). Last line: {@code
 * evolution_accuracy=<value>}.
 */
public final class EvolutionEval {
  private static final String ACTOR = "eval";
  private static final int TOP = 5;

  private EvolutionEval() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = ToolArgs.parse(args, Set.of("data"));
    Path data = Path.of(ToolArgs.require(options, "data"));
    JsonNode root = read(data);
    try (DataDirectory home = DataDirectory.of(options, "engram-eval-");
        ApplicationContext context = ToolContext.start(home.path())) {
      Result result = run(context, root);
      result.print();
    }
  }

  static JsonNode read(Path file) throws IOException {
    return Json.mapper().readTree(file.toFile());
  }

  /**
   * Outcome of a run.
   *
   * @param pairs pairs judged
   * @param pairsRight pairs whose resulting state is the expected one
   * @param checks scenario checks judged (one per expectation)
   * @param checksRight checks that held
   * @param failures what went wrong, one line each
   */
  record Result(int pairs, int pairsRight, int checks, int checksRight, List<String> failures) {
    double accuracy() {
      int all = pairs + checks;
      return all == 0 ? 0 : (double) (pairsRight + checksRight) / all;
    }

    void print() {
      System.out.printf(
          Locale.ROOT,
          "pairs      %3d/%-3d accuracy=%.3f%n",
          pairsRight,
          pairs,
          pairs == 0 ? 0 : (double) pairsRight / pairs);
      System.out.printf(
          Locale.ROOT,
          "scenarios  %3d/%-3d checks accuracy=%.3f%n",
          checksRight,
          checks,
          checks == 0 ? 0 : (double) checksRight / checks);
      failures.forEach(f -> System.out.println("FAIL " + f));
      System.out.printf(Locale.ROOT, "evolution_accuracy=%.4f%n", accuracy());
    }
  }

  static Result run(ApplicationContext context, JsonNode root) {
    Actor admin = new Actor(ACTOR, Role.PLATFORM_ADMIN, Optional.empty());
    Organization org =
        context.getBean(Organizations.class).create(admin, "evolution-" + System.nanoTime());
    App app =
        context.getBean(Apps.class).create(admin, org.id(), "evolution", "Evolution evaluation");
    Runner runner =
        new Runner(
            app.id(),
            context.getBean(MemoryEvolver.class),
            context.getBean(MemoryStore.class),
            context.getBean(MemorySearch.class));
    List<String> failures = new ArrayList<>();
    int pairs = 0;
    int pairsRight = 0;
    int n = 0;
    for (JsonNode pair : root.path("pairs")) {
      pairs++;
      String failure = runner.pair(pair, "pair-" + n++);
      if (failure == null) {
        pairsRight++;
      } else {
        failures.add(failure);
      }
    }
    int checks = 0;
    int checksRight = 0;
    for (JsonNode scenario : root.path("scenarios")) {
      List<String> outcomes = runner.scenario(scenario, "scenario-" + n++);
      for (String outcome : outcomes) {
        checks++;
        if (outcome == null) {
          checksRight++;
        } else {
          failures.add(outcome);
        }
      }
    }
    return new Result(pairs, pairsRight, checks, checksRight, failures);
  }

  private record Runner(
      String appId, MemoryEvolver evolver, MemoryStore store, MemorySearch search) {

    /** Null when the pair ends in the expected state, else what happened. */
    String pair(JsonNode pair, String user) {
      String existing = pair.get("existing").asText();
      String incoming = pair.get("incoming").asText();
      String expected = pair.get("expected").asText();
      Memory first = store(user, existing).memory();
      Resolution second = store(user, incoming);
      Instant now = Instant.now();
      Memory old = store.find(appId, first.id(), now).orElseThrow();
      List<Memory> active = active(user);
      boolean right =
          switch (expected) {
            case "duplicate" -> active.size() == 1 && active.get(0).reinforcementCount() >= 1;
            case "conflict" ->
                old.status() == MemoryStatus.SUPERSEDED
                    && second.memory() != null
                    && old.id().equals(second.memory().previousId())
                    && active.size() == 1
                    && active.get(0).id().equals(second.memory().id());
            case "distinct" -> active.size() == 2;
            default -> throw new IllegalArgumentException("unknown expectation " + expected);
          };
      return right
          ? null
          : String.format(
              Locale.ROOT,
              "pair expected %s: '%s' then '%s' -> %s (%s)",
              expected,
              existing,
              incoming,
              second.decision().action(),
              second.decision().reason());
    }

    /** One entry per expectation of every check: null when it held, else what happened. */
    List<String> scenario(JsonNode scenario, String user) {
      String id = scenario.path("id").asText(scenario.path("name").asText(user));
      List<String> log = new ArrayList<>();
      for (JsonNode step : scenario.path("steps")) {
        Resolution r = store(user, step.asText());
        log.add(step.asText() + " -> " + r.decision().action());
      }
      List<String> outcomes = new ArrayList<>();
      for (JsonNode check : scenario.path("checks")) {
        String query = check.path("query").asText();
        List<SearchHit> hits =
            search.search(appId, SearchRequest.of(query, MemoryFilter.user(user), TOP)).hits();
        List<String> top = hits.stream().map(SearchHit::memory).map(Memory::content).toList();
        List<String> scored =
            hits.stream()
                .map(
                    h ->
                        String.format(
                            Locale.ROOT, "%s (%.3f)", h.memory().content(), h.compositeScore()))
                .toList();
        String where = id + " '" + query + "' top=" + scored + " steps=" + log;
        if (check.has("expect_top")) {
          String text = check.get("expect_top").asText();
          outcomes.add(
              !top.isEmpty() && contains(top.get(0), text)
                  ? null
                  : where + ": expected top to contain '" + text + "'");
        }
        if (check.has("expect_absent")) {
          String text = check.get("expect_absent").asText();
          outcomes.add(
              top.stream().noneMatch(c -> contains(c, text))
                  ? null
                  : where + ": expected no '" + text + "' in the top " + TOP);
        }
        if (check.has("expect_all_active")) {
          for (JsonNode t : check.get("expect_all_active")) {
            outcomes.add(
                top.stream().anyMatch(c -> contains(c, t.asText()))
                    ? null
                    : where + ": expected '" + t.asText() + "' in the top " + TOP);
          }
        }
        if (check.has("expect_count_active_max")) {
          int max = check.get("expect_count_active_max").asInt();
          int count = active(user).size();
          outcomes.add(
              count <= max ? null : where + ": " + count + " active memories, expected <= " + max);
        }
      }
      outcomes.addAll(stateChecks(scenario, user, id, log));
      return outcomes;
    }

    /**
     * A scenario's checks by state: each step named in {@code expect_active} is an active memory
     * after the last step (its text, case and a final full stop aside), each named in {@code
     * expect_superseded} is not.
     */
    private List<String> stateChecks(JsonNode scenario, String user, String id, List<String> log) {
      List<String> activeNow = active(user).stream().map(m -> plain(m.content())).toList();
      List<String> outcomes = new ArrayList<>();
      String where = id + " active=" + activeNow + " steps=" + log;
      for (JsonNode step : scenario.path("expect_active")) {
        outcomes.add(
            activeNow.contains(plain(step.asText()))
                ? null
                : where + ": expected '" + step.asText() + "' active");
      }
      for (JsonNode step : scenario.path("expect_superseded")) {
        outcomes.add(
            activeNow.contains(plain(step.asText()))
                ? where + ": expected '" + step.asText() + "' replaced"
                : null);
      }
      return outcomes;
    }

    private static String plain(String text) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private Resolution store(String user, String content) {
      return evolver.add(appId, ACTOR, List.of(NewMemory.of(user, content))).get(0);
    }

    private List<Memory> active(String user) {
      return store
          .list(
              appId,
              MemoryFilter.user(user),
              MemoryFilter.Sort.NEWEST_FIRST,
              1000,
              0,
              Instant.now())
          .memories();
    }

    private static boolean contains(String content, String text) {
      return content.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
  }
}
