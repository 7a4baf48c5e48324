package dev.engram.memory.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Weights of search scoring (README § Scoring has the same formula with examples):
 *
 * <pre>
 * relevance     = (1 − keywordWeight) × max(cosine, 0) + keywordWeight × coverage × bm25 / full bm25
 *                 (full bm25: a memory matching the whole query; coverage = min(1, best bm25 / full);
 *                  × keywordGain(bm25 / full, keywordFloor): 0 below the floor, 1 from twice it)
 * recency       = recencyWeight × 0.5^(age / recencyHalfLife)
 *                 (age since the last reinforcement, else since creation)
 * retention     = 0.5^(idle / halfLife[type])
 *                 (idle = time since the latest of creation, last reinforcement, last access;
 *                  halfLife per memory type: {@link HalfLifeConfiguration})
 * importance    = importanceWeight × (importance − 1) / 9 × retention
 * reinforcement = reinforcementWeight × min(1, ln(1 + reinforcements) / ln(1 + reinforcementSaturation))
 *                 × retention
 * access        = accessWeight × min(1, ln(1 + accesses) / ln(1 + accessSaturation)) × retention
 * feedback      = feedbackWeight × clamp(feedbackBalance / feedbackSaturation, −1, 1)
 *                 (feedbackBalance: +1 per useful, −1 per not useful, −2 per wrong; no decay)
 * composite     = relevance × (1 + recency + importance + reinforcement + access + feedback)
 * </pre>
 *
 * Importance fades with the type's half-life; a reinforcement or an access restarts the clock
 * (retention back to 1) and adds a bounded boost.
 *
 * @param keywordWeight share of the keyword (BM25) signal in relevance, 0 to 1 (0.5 with the {@link
 *     Fusion#WEIGHTED} scale; the earlier 0.3 was chosen for {@link Fusion#WEIGHTED_BEST})
 * @param recencyWeight largest recency boost (a memory created now)
 * @param recencyHalfLife age at which the recency boost halves
 * @param importanceWeight largest importance boost (importance 10, just created or touched)
 * @param reinforcementWeight largest reinforcement boost
 * @param reinforcementSaturation reinforcement count at which the boost is full
 * @param accessWeight largest access boost (a memory often returned by search and get)
 * @param accessSaturation access count at which the access boost is full
 * @param feedbackWeight largest feedback boost either way (a memory judged useful or wrong often
 *     enough)
 * @param feedbackSaturation feedback balance at which the feedback boost is full
 * @param candidates how many candidates each of vector and keyword search contributes at least
 * @param diversity how much a hit's cosine to a better hit already taken lowers its rank (maximal
 *     marginal relevance over the best 3 × limit hits; 0 keeps the composite order; the first hit
 *     never moves and scores are not changed; off by default: 0.1 measured 0.002 and 0.008 lower on
 *     LoCoMo raw recall@10)
 * @param fusion how vector and keyword relevance combine in a hybrid search ({@link Fusion})
 * @param dateWeight how much a memory whose {@code valid_from} falls in the time a query names ("in
 *     May 2023", "on 3 June", "the week before August 3", "last week": {@link QueryDates}) gains:
 *     its relevance is multiplied by {@code 1 + dateWeight}; such a query also considers {@code
 *     dateCandidates} times as many candidates; 0 turns date matching off; 0.5 measured LoCoMo
 *     recall@10 raw 0.750 → 0.781 / 0.741 → 0.758 and ingest 0.608 → 0.624 / 0.535 → 0.553 on the
 *     dev halves A / B (docs/memory-quality.md)
 * @param dateCandidates how many times more candidates a query that names a time considers; 5
 *     measured LoCoMo raw recall@10 0.8329 → 0.8343 / 0.7984 → 0.8020 on the dev halves A / B
 *     against 3 (session 25), ingest 0.7626 → 0.7616 / 0.7132 → 0.7150
 * @param entityWeight how much a memory linked to the query or to a best hit through a shared
 *     entity (person, place, organization, product, date: {@link
 *     dev.engram.memory.entity.Entities}) gains: its relevance is multiplied by {@code 1 +
 *     entityWeight}, and such memories join the candidates; 0 turns the entity stage off (the
 *     default; docs/memory-quality.md has the measured figures)
 * @param entitySeeds how many of the best hits the entity stage expands from
 * @param entityHubLimit an entity named by more of the user's memories than this links nothing (the
 *     user's own name, a speaker named in every turn)
 * @param questionKeywords whether the keyword search of a question leaves out its question syntax
 *     (wh-words, auxiliary verbs: {@link KeywordQuery}); the embedding always sees the query as
 *     written (docs/memory-quality.md has the measured figures)
 * @param subjectWeight how much a memory by or about another person than those a query names loses
 *     (its speaker label or the name that opens it is someone else: {@link
 *     dev.engram.memory.entity.Entities#subject}): its relevance is divided by {@code 1 +
 *     subjectWeight}; a memory without such a subject, a query naming no one and keyword-only
 *     search are left alone; 0 turns it off; 0.3 measured LoCoMo raw recall@10 0.796 → 0.813 /
 *     0.781 → 0.805 on the dev halves A / B (docs/memory-quality.md)
 * @param keywordFloor with the {@link Fusion#WEIGHTED} scale, the share of a full match below which
 *     a keyword hit gains nothing in a hybrid search: a hit that matched less than {@code
 *     keywordFloor} of what a memory holding the whole query scores (one shared word of several)
 *     keeps its cosine alone; its gain rises linearly to its whole keyword share at twice the floor
 *     ({@link Fusion#keywordGain}); not applied to a query that names a time; 0 turns it off; 0.15
 *     measured eval paraphrase A hit@10 / MRR 0.853 / 0.611 → 0.867 / 0.628 (vectors alone 0.870 /
 *     0.640) with LoCoMo raw A unchanged at 0.813, held-out raw B 0.805 → 0.798
 *     (docs/memory-quality.md)
 * @param contextDiscount in a hybrid search, how much of a keyword hit's share is lost for the
 *     query words it matched only in its context (the turns around a conversation turn, the message
 *     a fact replies to) and not in its own words ({@link OwnWords}: its content, the quoted own
 *     message of an ingested fact, and words its context holds only in a question it replies to):
 *     the share is multiplied by {@code 1 − contextDiscount × (borrowed words / words matched)}; a
 *     memory without context and keyword-only search are left alone; 0 turns it off; 0.5 measured
 *     LoCoMo raw recall@10 0.813 → 0.822 / 0.8015 → 0.799 on the dev halves A / B, multi-hop 0.469
 *     → 0.511 / 0.446 → 0.465 (docs/memory-quality.md)
 * @param questionDiscount in a hybrid or vector search, how much of its relevance a memory whose
 *     content asks rather than states loses ({@link QuestionShare}: the share of its words in
 *     sentences ending with "?"): relevance is multiplied by {@code 1 − questionDiscount × share};
 *     a statement keeps its score, and keyword-only search is left alone; 0 turns it off; 0.3
 *     measured LoCoMo raw recall@10 0.8213 → 0.8319 / 0.7922 → 0.7966 on the dev halves A / B,
 *     multi-hop hybrid − BM25 +0.129 → +0.159 / +0.123 → +0.127 (docs/memory-quality.md)
 * @param keywordMinTerms in a hybrid search, how many distinct query terms a keyword hit must match
 *     to gain its keyword share when the query holds more terms than that and the hits together
 *     match at least that many ({@link Fusion#requireTerms}); when no hit matches that many and
 *     some term of the query no hit holds, keyword search found single words only and relevance is
 *     the cosine alone ({@link Fusion#singleWordsOnly}); not applied to a query that names a time;
 *     below 2 turns both off (docs/memory-quality.md)
 * @param keywordCoverageFloor with the {@link Fusion#WEIGHTED} scale, in a hybrid search: when the
 *     best keyword hit matched less than this share of a full match of the query (its coverage: the
 *     BM25 weight of the query terms it holds against all of theirs; a question in other words than
 *     every memory), keyword search counts for no hit and relevance is the cosine alone (the
 *     withdrawn keyword weight goes to the cosine, so that relevance keeps its scale under fixed
 *     cut-offs); the keyword weight rises linearly to its whole at twice this ({@link
 *     Fusion#coverageGain}, {@link Fusion#keywordWeight}); not applied to a query that names a
 *     time; 0 turns it off; 0.2 measured in session 20 (docs/memory-quality.md)
 * @param whenWeight in a hybrid search for a question that asks when ("When did …", "What year …":
 *     {@link TimeAnswers#asksWhen}), how much a memory that says when ({@link
 *     TimeAnswers#saysWhen}: "last year", "three weeks ago", "in October", "the 15th") and has a
 *     {@code valid_from} (the time its words are read against) gains: its relevance is multiplied
 *     by {@code 1 + whenWeight}; a memory without {@code valid_from}, other questions, vector-only
 *     and keyword-only search are left alone; 0 turns it off; 0.2 measured LoCoMo raw recall@10
 *     (the eval's limit-20 search, no access counts) 0.8337 → 0.8378 / 0.7972 → 0.8008 on the dev
 *     halves A / B, temporal 0.898 → 0.920 / 0.924 → 0.939 (docs/memory-quality.md)
 */
@ConfigurationProperties("engram.scoring")
public record ScoringConfiguration(
    @Bindable(defaultValue = "0.5") double keywordWeight,
    @Bindable(defaultValue = "0.1") double recencyWeight,
    @Bindable(defaultValue = "30d") Duration recencyHalfLife,
    @Bindable(defaultValue = "0.1") double importanceWeight,
    @Bindable(defaultValue = "0.05") double reinforcementWeight,
    @Bindable(defaultValue = "10") int reinforcementSaturation,
    @Bindable(defaultValue = "0.05") double accessWeight,
    @Bindable(defaultValue = "20") int accessSaturation,
    @Bindable(defaultValue = "0.15") double feedbackWeight,
    @Bindable(defaultValue = "4") int feedbackSaturation,
    @Bindable(defaultValue = "30") int candidates,
    @Bindable(defaultValue = "0") double diversity,
    @Bindable(defaultValue = "WEIGHTED") Fusion fusion,
    @Bindable(defaultValue = "0.5") double dateWeight,
    @Bindable(defaultValue = "5") int dateCandidates,
    @Bindable(defaultValue = "0") double entityWeight,
    @Bindable(defaultValue = "3") int entitySeeds,
    @Bindable(defaultValue = "20") int entityHubLimit,
    @Bindable(defaultValue = "true") boolean questionKeywords,
    @Bindable(defaultValue = "0.3") double subjectWeight,
    @Bindable(defaultValue = "0.15") double keywordFloor,
    @Bindable(defaultValue = "0.5") double contextDiscount,
    @Bindable(defaultValue = "0.3") double questionDiscount,
    @Bindable(defaultValue = "2") int keywordMinTerms,
    @Bindable(defaultValue = "0.2") double keywordCoverageFloor,
    @Bindable(defaultValue = "0.2") double whenWeight) {

  public static ScoringConfiguration defaults() {
    return new ScoringConfiguration(
        0.5,
        0.1,
        Duration.ofDays(30),
        0.1,
        0.05,
        10,
        0.05,
        20,
        0.15,
        4,
        30,
        0,
        Fusion.WEIGHTED,
        0.5,
        5,
        0,
        3,
        20,
        true,
        0.3,
        0.15,
        0.5,
        0.3,
        2,
        0.2,
        0.2);
  }

  /** These settings with the entity stage's weight, seeds and hub limit replaced. */
  public ScoringConfiguration withEntities(double weight, int seeds, int hubLimit) {
    return with(
        s -> {
          s.entityWeight = weight;
          s.entitySeeds = seeds;
          s.entityHubLimit = hubLimit;
        });
  }

  /** These settings with another when weight (an eval compares them side by side). */
  public ScoringConfiguration withWhenWeight(double weight) {
    return with(s -> s.whenWeight = weight);
  }

  /** These settings with another subject weight. */
  public ScoringConfiguration withSubjectWeight(double weight) {
    return with(s -> s.subjectWeight = weight);
  }

  /** These settings with another keyword floor (an eval compares them side by side). */
  public ScoringConfiguration withKeywordFloor(double floor) {
    return with(s -> s.keywordFloor = floor);
  }

  /** These settings with another keyword min-terms (an eval compares them side by side). */
  public ScoringConfiguration withKeywordMinTerms(int minTerms) {
    return with(s -> s.keywordMinTerms = minTerms);
  }

  /** These settings with another keyword coverage floor (an eval compares them side by side). */
  public ScoringConfiguration withKeywordCoverageFloor(double floor) {
    return with(s -> s.keywordCoverageFloor = floor);
  }

  /** These settings with another context discount (an eval compares them side by side). */
  public ScoringConfiguration withContextDiscount(double discount) {
    return with(s -> s.contextDiscount = discount);
  }

  /** These settings with another question discount. */
  public ScoringConfiguration withQuestionDiscount(double discount) {
    return with(s -> s.questionDiscount = discount);
  }

  /** These settings with another fusion and keyword weight (an eval compares them side by side). */
  public ScoringConfiguration withFusion(Fusion otherFusion, double otherKeywordWeight) {
    return with(
        s -> {
          s.fusion = otherFusion;
          s.keywordWeight = otherKeywordWeight;
        });
  }

  /**
   * These settings with some of them changed, e.g. {@code defaults().with(s -> s.dateWeight = 0)}:
   * one place that lists every setting in order, whatever is changed.
   */
  ScoringConfiguration with(Consumer<Settings> change) {
    Settings settings = new Settings(this);
    change.accept(settings);
    return settings.build();
  }

  /** The settings of a {@link ScoringConfiguration}, as fields to change one at a time. */
  static final class Settings {
    double keywordWeight;
    double recencyWeight;
    Duration recencyHalfLife;
    double importanceWeight;
    double reinforcementWeight;
    int reinforcementSaturation;
    double accessWeight;
    int accessSaturation;
    double feedbackWeight;
    int feedbackSaturation;
    int candidates;
    double diversity;
    Fusion fusion;
    double dateWeight;
    int dateCandidates;
    double entityWeight;
    int entitySeeds;
    int entityHubLimit;
    boolean questionKeywords;
    double subjectWeight;
    double keywordFloor;
    double contextDiscount;
    double questionDiscount;
    int keywordMinTerms;
    double keywordCoverageFloor;
    double whenWeight;

    private Settings(ScoringConfiguration settings) {
      keywordWeight = settings.keywordWeight;
      recencyWeight = settings.recencyWeight;
      recencyHalfLife = settings.recencyHalfLife;
      importanceWeight = settings.importanceWeight;
      reinforcementWeight = settings.reinforcementWeight;
      reinforcementSaturation = settings.reinforcementSaturation;
      accessWeight = settings.accessWeight;
      accessSaturation = settings.accessSaturation;
      feedbackWeight = settings.feedbackWeight;
      feedbackSaturation = settings.feedbackSaturation;
      candidates = settings.candidates;
      diversity = settings.diversity;
      fusion = settings.fusion;
      dateWeight = settings.dateWeight;
      dateCandidates = settings.dateCandidates;
      entityWeight = settings.entityWeight;
      entitySeeds = settings.entitySeeds;
      entityHubLimit = settings.entityHubLimit;
      questionKeywords = settings.questionKeywords;
      subjectWeight = settings.subjectWeight;
      keywordFloor = settings.keywordFloor;
      contextDiscount = settings.contextDiscount;
      questionDiscount = settings.questionDiscount;
      keywordMinTerms = settings.keywordMinTerms;
      keywordCoverageFloor = settings.keywordCoverageFloor;
      whenWeight = settings.whenWeight;
    }

    private ScoringConfiguration build() {
      return new ScoringConfiguration(
          keywordWeight,
          recencyWeight,
          recencyHalfLife,
          importanceWeight,
          reinforcementWeight,
          reinforcementSaturation,
          accessWeight,
          accessSaturation,
          feedbackWeight,
          feedbackSaturation,
          candidates,
          diversity,
          fusion,
          dateWeight,
          dateCandidates,
          entityWeight,
          entitySeeds,
          entityHubLimit,
          questionKeywords,
          subjectWeight,
          keywordFloor,
          contextDiscount,
          questionDiscount,
          keywordMinTerms,
          keywordCoverageFloor,
          whenWeight);
    }
  }
}
