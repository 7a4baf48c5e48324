package dev.engram.memory.search;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.Vectors;
import dev.engram.memory.embed.Embedder;
import dev.engram.memory.entity.Entities;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.read.AccessRecorder;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.write.MemoryValidator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The read path: query → embedding → vector and keyword candidates (both pre-filtered) → re-read
 * from the store (the source of truth: deleted, expired or filtered-out memories never come back) →
 * relevance and composite score → thresholds → top {@code limit}. The returned memories are counted
 * as accessed (asynchronously, see {@link AccessRecorder}); the hits show the counts as they were
 * before this search.
 */
@Singleton
public class MemorySearch {
  public static final int MAX_LIMIT = 1000;
  public static final int MAX_QUERY_LENGTH = 4000;

  /** Most memories an exact (exhaustive) search compares. */
  static final int EXACT_SCAN_LIMIT = 100_000;

  /** Days either side of a window a query names within which a memory's time still matches. */
  static final int DATE_SLACK_DAYS = 1;

  private final MemoryStore store;
  private final MemoryIndex index;
  private final Embedder embedder;
  private final ScoringConfiguration config;
  private final CompositeScorer scorer;
  private final Clock clock;
  private final MeterRegistry registry;
  private final @Nullable AccessRecorder accesses;

  /** Search without decay per type (default half-lives) and without access counting. */
  public MemorySearch(
      MemoryStore store,
      MemoryIndex index,
      Embedder embedder,
      ScoringConfiguration config,
      Clock clock,
      @Nullable MeterRegistry registry) {
    this(store, index, embedder, config, HalfLifeConfiguration.defaults(), null, clock, registry);
  }

  @Inject
  public MemorySearch(
      MemoryStore store,
      MemoryIndex index,
      Embedder embedder,
      ScoringConfiguration config,
      HalfLifeConfiguration halfLives,
      @Nullable AccessRecorder accesses,
      Clock clock,
      @Nullable MeterRegistry registry) {
    this.store = store;
    this.index = index;
    this.embedder = embedder;
    this.config = config;
    this.scorer = new CompositeScorer(config, halfLives);
    this.accesses = accesses;
    this.clock = clock;
    this.registry = registry;
  }

  public SearchResult search(String appId, SearchRequest request) {
    return search(appId, request, true);
  }

  /**
   * As {@link #search(String, SearchRequest)}, but nothing is counted as accessed: for a caller
   * that passes on only some of the hits (a subset, or a filtered one) and counts those with {@link
   * #countAccess}, so that memories it never returned gain no access score.
   */
  public SearchResult searchWithoutCounting(String appId, SearchRequest request) {
    return search(appId, request, false);
  }

  /**
   * Counts each hit's memory as accessed once (off the request path, see {@link AccessRecorder}).
   */
  public void countAccess(String appId, Collection<SearchHit> hits) {
    if (accesses != null && !hits.isEmpty()) {
      accesses.record(appId, hits.stream().map(h -> h.memory().id()).toList());
    }
  }

  private SearchResult search(String appId, SearchRequest request, boolean count) {
    validate(request);
    long start = System.nanoTime();
    Instant now = clock.instant();

    float[] vector = embed(request.query());
    long embedded = System.nanoTime();

    Optional<DateWindow> named =
        config.dateWeight() > 0 ? QueryDates.of(request.query(), now) : Optional.empty();
    int k =
        Math.max(config.candidates(), request.limit() * 2)
            * (named.isPresent() ? Math.max(1, config.dateCandidates()) : 1);
    boolean useVectors = request.mode() != SearchRequest.Mode.KEYWORD;
    boolean useKeywords = request.mode() != SearchRequest.Mode.VECTOR && config.keywordWeight() > 0;
    List<IndexHit> vectorHits =
        useVectors && !request.exact()
            ? index.vectorSearch(appId, vector, request.filter(), k)
            : List.of();
    long vectorDone = System.nanoTime();
    String keywordText =
        config.questionKeywords() ? KeywordQuery.of(request.query()) : request.query();
    List<IndexHit> keywordHits =
        useKeywords ? index.keywordSearch(appId, keywordText, request.filter(), k) : List.of();
    OptionalDouble fullMatch =
        keywordHits.isEmpty() || config.fusion() != Fusion.WEIGHTED
            ? OptionalDouble.empty()
            : index.fullMatchScore(appId, keywordText);
    long keywordDone = System.nanoTime();

    boolean floored = request.mode() == SearchRequest.Mode.HYBRID && named.isEmpty();
    Map<String, Double> keyword =
        normalized(keywordHits, fullMatch, floored ? config.keywordFloor() : 0);
    double keywordWeight =
        floored && useKeywords && config.fusion() == Fusion.WEIGHTED
            ? keywordWeight(
                keywordHits, fullMatch, config.keywordWeight(), config.keywordCoverageFloor())
            : config.keywordWeight();
    Set<String> ids = new LinkedHashSet<>();
    vectorHits.forEach(h -> ids.add(h.id()));
    keywordHits.forEach(h -> ids.add(h.id()));
    List<Memory> candidates =
        new ArrayList<>(ids.isEmpty() ? List.of() : store.findAll(appId, ids, now));
    if (useVectors && request.exact()) {
      candidates.addAll(
          store
              .list(
                  appId, request.filter(), MemoryFilter.Sort.NEWEST_FIRST, EXACT_SCAN_LIMIT, 0, now)
              .memories());
    }
    long fetched = System.nanoTime();

    Map<String, Double> fused =
        request.mode() == SearchRequest.Mode.HYBRID && config.fusion() == Fusion.RRF
            ? Fusion.reciprocalRanks(similarities(candidates, vector), keyword)
            : Map.of();
    Optional<OwnWords> words =
        (config.contextDiscount() > 0 || config.keywordMinTerms() > 1)
                && request.mode() == SearchRequest.Mode.HYBRID
            ? Optional.of(new OwnWords(keywordText)).filter(o -> !o.isEmpty())
            : Optional.empty();
    if (words.isPresent()
        && config.keywordMinTerms() > 1
        && fullMatch.isPresent()
        && named.isEmpty()
        && words.get().size() > 1) {
      Map<String, Set<String>> matched = matchedTerms(candidates, keyword, words.get());
      if (Fusion.singleWordsOnly(matched, words.get().size(), config.keywordMinTerms())) {
        keywordWeight = Fusion.keywordWeight(keywordWeight, 0);
      }
      keyword = Fusion.requireTerms(keyword, matched, words.get().size(), config.keywordMinTerms());
    }
    Optional<OwnWords> own = config.contextDiscount() > 0 ? words : Optional.empty();
    Scoring scoring =
        new Scoring(
            request, vector, keyword, keywordWeight, fused, named, subjects(request), own, now);
    List<SearchHit> hits = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Memory memory : candidates) {
      if (seen.add(memory.id())) {
        scoring.hit(memory, 0).ifPresent(hits::add);
      }
    }
    hits.sort(ORDER);
    if (config.entityWeight() > 0 && request.mode() != SearchRequest.Mode.KEYWORD) {
      hits = expand(appId, request, scoring, hits, seen, now);
    }
    List<SearchHit> top = Diversifier.select(hits, request.limit(), config.diversity());
    if (count) {
      countAccess(appId, top);
    }
    long end = System.nanoTime();
    record(appId, end - start);
    return new SearchResult(
        List.copyOf(top),
        ids.size(),
        ms(end - start),
        ms(embedded - start),
        ms(vectorDone - embedded),
        ms(keywordDone - vectorDone),
        ms(fetched - keywordDone));
  }

  private static final Comparator<SearchHit> ORDER =
      Comparator.comparingDouble(SearchHit::compositeScore)
          .reversed()
          .thenComparing(h -> h.memory().id());

  /**
   * The entity stage: the memories that share an entity with the query or with the best {@code
   * entitySeeds} hits (an entity at most {@code entityHubLimit} of the user's memories name: the
   * user's own name, named everywhere, links nothing) gain {@code entityWeight} of relevance, and
   * join the candidates when neither vector nor keyword search found them. Within the filter's user
   * only; a search across users skips the stage.
   */
  private List<SearchHit> expand(
      String appId,
      SearchRequest request,
      Scoring scoring,
      List<SearchHit> hits,
      Set<String> seen,
      Instant now) {
    Optional<String> user = request.filter().user();
    if (user.isEmpty()) {
      return hits;
    }
    Set<String> keys = new LinkedHashSet<>(Entities.keys(request.query()));
    for (SearchHit seed : hits.subList(0, Math.min(config.entitySeeds(), hits.size()))) {
      keys.addAll(Entities.keys(seed.memory().content()));
    }
    Set<String> linked = new HashSet<>();
    int hub = config.entityHubLimit();
    for (String key : keys) {
      List<String> naming = store.memoriesNaming(appId, user.get(), key, hub + 1, now);
      if (naming.size() <= hub) {
        linked.addAll(naming);
      }
    }
    if (linked.isEmpty()) {
      return hits;
    }
    List<SearchHit> out = new ArrayList<>(hits.size() + linked.size());
    for (SearchHit hit : hits) {
      if (linked.contains(hit.memory().id())) {
        scoring.hit(hit.memory(), config.entityWeight()).ifPresent(out::add);
      } else {
        out.add(hit);
      }
    }
    List<String> missing = linked.stream().filter(id -> !seen.contains(id)).toList();
    if (!missing.isEmpty()) {
      for (Memory memory : store.findAll(appId, missing, now)) {
        if (seen.add(memory.id())) {
          scoring.hit(memory, config.entityWeight()).ifPresent(out::add);
        }
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** Scores candidates of one search. */
  private final class Scoring {
    private final SearchRequest request;
    private final float[] vector;
    private final Map<String, Double> keyword;
    private final double keywordWeight;
    private final Map<String, Double> fused;
    private final Optional<DateWindow> named;
    private final Set<String> subjects;
    private final Optional<OwnWords> own;
    private final Instant now;
    private final boolean asksWhen;

    Scoring(
        SearchRequest request,
        float[] vector,
        Map<String, Double> keyword,
        double keywordWeight,
        Map<String, Double> fused,
        Optional<DateWindow> named,
        Set<String> subjects,
        Optional<OwnWords> own,
        Instant now) {
      this.request = request;
      this.own = own;
      this.subjects = subjects;
      this.vector = vector;
      this.keyword = keyword;
      this.keywordWeight = keywordWeight;
      this.fused = fused;
      this.named = named;
      this.now = now;
      this.asksWhen =
          config.whenWeight() > 0
              && request.mode() == SearchRequest.Mode.HYBRID
              && TimeAnswers.asksWhen(request.query());
    }

    /**
     * The hit of a candidate, with its relevance multiplied by {@code 1 + boost}; empty when the
     * filter, the model or a threshold rules it out.
     */
    Optional<SearchHit> hit(Memory memory, double boost) {
      if (!request.filter().matches(memory, now)
          || memory.embedding() == null
          || !embedder.modelId().equals(memory.embeddingModel())) {
        return Optional.empty();
      }
      double similarity = dot(vector, memory.embedding());
      if (request.similarityThreshold() != null && similarity < request.similarityThreshold()) {
        return Optional.empty();
      }
      double kw = keyword.getOrDefault(memory.id(), 0.0);
      if (kw > 0 && own.isPresent()) {
        // a keyword hit by words of its context only (the turns around it) counts less
        kw *=
            1
                - config.contextDiscount()
                    * (1 - own.get().share(memory.content(), memory.context()));
      }
      double relevance =
          switch (request.mode()) {
            case HYBRID ->
                fused.isEmpty()
                    ? CompositeScorer.relevance(similarity, kw, keywordWeight)
                    : fused.getOrDefault(memory.id(), 0.0);
            case VECTOR -> Math.max(similarity, 0);
            case KEYWORD -> kw;
          };
      if (relevance <= 0 && request.mode() == SearchRequest.Mode.KEYWORD) {
        return Optional.empty();
      }
      if (named.isPresent()
          && memory.validFrom() != null
          && named.get().contains(memory.validFrom(), DATE_SLACK_DAYS)) {
        relevance *= 1 + config.dateWeight();
      }
      if (!subjects.isEmpty()
          && Entities.subject(memory.content()).filter(s -> !subjects.contains(s)).isPresent()) {
        relevance /= 1 + config.subjectWeight();
      }
      if (config.questionDiscount() > 0 && request.mode() != SearchRequest.Mode.KEYWORD) {
        // a memory that asks about something says nothing of it: the answers rank first
        relevance *= 1 - config.questionDiscount() * QuestionShare.of(memory.content());
      }
      if (asksWhen && memory.validFrom() != null && TimeAnswers.saysWhen(memory.content())) {
        // a question that asks when is answered by a memory that says when, read against the
        // time it was said
        relevance *= 1 + config.whenWeight();
      }
      relevance *= 1 + boost;
      ScoreComponents components = scorer.components(memory, similarity, kw, now);
      double composite = CompositeScorer.composite(relevance, components);
      if (request.compositeThreshold() != null && composite < request.compositeThreshold()) {
        return Optional.empty();
      }
      return Optional.of(new SearchHit(memory, relevance, composite, components));
    }
  }

  /**
   * The people a query names: a statement by or about someone else ({@link Entities#subject}) loses
   * {@code subjectWeight}, since "What does Melanie do to destress?" is answered by what Melanie
   * said, not by what others said to her; a statement without a subject keeps its score. Empty when
   * the stage is off and for keyword-only search.
   */
  private Set<String> subjects(SearchRequest request) {
    return config.subjectWeight() > 0 && request.mode() != SearchRequest.Mode.KEYWORD
        ? Entities.people(request.query())
        : Set.of();
  }

  private static void validate(SearchRequest request) {
    if (request.query().isBlank()) {
      throw MemoryException.invalid("query", "must not be blank");
    }
    MemoryValidator.text("query", request.query());
    if (!MemoryValidator.hasVisibleText(request.query())) {
      throw MemoryException.invalid(
          "query", "must hold at least one visible character (not only spaces or format marks)");
    }
    if (request.query().length() > MAX_QUERY_LENGTH) {
      throw MemoryException.invalid("query", "must be at most " + MAX_QUERY_LENGTH + " characters");
    }
    if (request.limit() < 1 || request.limit() > MAX_LIMIT) {
      throw MemoryException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
    }
    if (request.similarityThreshold() != null
        && (request.similarityThreshold() < -1 || request.similarityThreshold() > 1)) {
      throw MemoryException.invalid("similarity_threshold", "must be between -1 and 1");
    }
    if (request.compositeThreshold() != null && request.compositeThreshold() < 0) {
      throw MemoryException.invalid("composite_threshold", "must not be negative");
    }
  }

  private float[] embed(String query) {
    try {
      return embedder.embedQuery(query);
    } catch (MemoryException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new MemoryException(
          MemoryErrorCode.EMBEDDING_FAILED, "embedding failed: " + e.getMessage(), null, e);
    }
  }

  /** The query terms each keyword hit among the candidates holds, by memory id. */
  private static Map<String, Set<String>> matchedTerms(
      List<Memory> candidates, Map<String, Double> keyword, OwnWords words) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Memory memory : candidates) {
      if (keyword.containsKey(memory.id()) && !out.containsKey(memory.id())) {
        out.put(memory.id(), words.matched(memory.content(), memory.context()));
      }
    }
    return out;
  }

  /** The cosine of each candidate with a vector of the embedder's model, by id. */
  private Map<String, Double> similarities(List<Memory> candidates, float[] vector) {
    Map<String, Double> out = new HashMap<>();
    for (Memory memory : candidates) {
      if (memory.embedding() != null && embedder.modelId().equals(memory.embeddingModel())) {
        out.putIfAbsent(memory.id(), Math.max(0, dot(vector, memory.embedding())));
      }
    }
    return out;
  }

  /**
   * Keyword scores in [0, 1]. Where the index tells what a document matching the whole query scores
   * ({@link MemoryIndex#fullMatchScore}), each hit's score is read against it (or against the best
   * hit's, where that is higher) and then multiplied by the query's keyword coverage, {@code min(1,
   * best / full)}: when even the best keyword hit matched only a small part of the query (a
   * question in other words than the memory it looks for), keyword search is weak evidence for
   * every candidate. With a {@code floor} above 0, a hit that matched less of the query than that
   * share of a full match gains nothing ({@link Fusion#keywordGain}); search passes 0 for a query
   * that names a time (its date words are matched by the date stage against {@code valid_from}, not
   * by the memories' words, so they lower every hit's share). Where the index cannot tell, scores
   * are read against the best hit's alone (as {@link Fusion#WEIGHTED_BEST} always does), without
   * the floor.
   */
  static Map<String, Double> normalized(
      List<IndexHit> hits, OptionalDouble fullMatch, double floor) {
    Map<String, Double> scores = new HashMap<>();
    double best = hits.stream().mapToDouble(IndexHit::score).max().orElse(0);
    double full = fullMatch.orElse(0);
    double scale = Math.max(best, full);
    if (scale <= 0) {
      return scores;
    }
    double coverage = full > 0 ? Math.min(1, best / full) : 1;
    for (IndexHit hit : hits) {
      double share = hit.score() / scale;
      double gain = full > 0 ? Fusion.keywordGain(share, floor) : 1;
      scores.put(hit.id(), coverage * share * gain);
    }
    return scores;
  }

  /**
   * The keyword weight of a hybrid search under {@code engram.scoring.keyword-coverage-floor}: the
   * configured weight {@code w} when the best keyword hit matched enough of the query (its
   * coverage, {@code min(1, best / full)}, at least twice {@code coverageFloor}), none below {@code
   * coverageFloor} (relevance is then the cosine alone), in between {@link Fusion#keywordWeight} of
   * {@link Fusion#coverageGain}. When keyword search found nothing the coverage is 0 (relevance is
   * the cosine, as when it found only a word or two); {@code w} unchanged where the index cannot
   * tell a full match for the hits it found, and with a floor of 0 or less.
   */
  static double keywordWeight(
      List<IndexHit> hits, OptionalDouble fullMatch, double w, double coverageFloor) {
    if (coverageFloor <= 0) {
      return w;
    }
    double full = fullMatch.orElse(0);
    if (!hits.isEmpty() && full <= 0) {
      return w;
    }
    double best = hits.stream().mapToDouble(IndexHit::score).max().orElse(0);
    double coverage = hits.isEmpty() ? 0 : Math.min(1, best / full);
    return Fusion.keywordWeight(w, Fusion.coverageGain(coverage, coverageFloor));
  }

  /** The dot product, or -1 (never similar) for vectors of another dimension. */
  static double dot(float[] a, float[] b) {
    return a.length != b.length ? -1 : Vectors.dot(a, b);
  }

  private void record(String appId, long nanos) {
    if (registry != null) {
      Timer.builder("memory.search.duration")
          .description("End-to-end search latency inside the engine")
          .tag("app", appId)
          .publishPercentileHistogram()
          .register(registry)
          .record(nanos, TimeUnit.NANOSECONDS);
    }
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
