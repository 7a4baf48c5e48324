package dev.engram.memory.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.evolve.Resolver.Decision;
import dev.engram.memory.evolve.TestResolvers;
import dev.engram.memory.testing.ChatCompletionsFixture;
import dev.engram.memory.testing.Memories;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LlmResolverTest {
  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
  private static final String INCOMING = "User now prefers standard shipping";

  private final ChatCompletionsFixture fixture = ChatCompletionsFixture.start();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final Candidate shipping =
      new Candidate(
          Memories.memory("u1", "User prefers express shipping", NOW).id("mem_shipping").build(),
          0.88);
  private final Candidate seat =
      new Candidate(
          Memories.memory("u1", "User likes window seats", NOW).id("mem_seat").build(), 0.71);
  private final List<Candidate> candidates = List.of(shipping, seat);

  @AfterEach
  void close() {
    fixture.close();
  }

  private LlmResolver resolver() {
    return new LlmResolver(LlmFixtures.chat(fixture, registry), TestResolvers.rules());
  }

  private LlmResolver resolver(Duration timeout) {
    return new LlmResolver(
        LlmFixtures.chat(LlmFixtures.openAi(fixture, timeout), registry), TestResolvers.rules());
  }

  private static String decision(Action action, String target, String reason) {
    return "{\"action\": \""
        + action
        + "\", \"target_id\": "
        + (target == null ? "null" : "\"" + target + "\"")
        + ", \"reason\": \""
        + reason
        + "\"}";
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void decidesTheActionTheModelAnswers(Action action) {
    boolean targeted = action != Action.ADD && action != Action.SKIP;
    fixture.answer(decision(action, targeted ? "mem_seat" : null, "scripted " + action));

    Decision decision = resolver().resolve(INCOMING, candidates);

    assertThat(decision.action()).isEqualTo(action);
    assertThat(decision.targetId()).isEqualTo(targeted ? "mem_seat" : null);
    assertThat(decision.reason()).isEqualTo("scripted " + action);
    assertThat(decision.engine()).isEqualTo("llm");
  }

  @Test
  void asksInJsonModeWithTheStatementAndEveryCandidate() {
    fixture.answer(decision(Action.UPDATE, "mem_shipping", "shipping preference changed"));

    resolver().resolve(INCOMING, candidates);

    ChatCompletionsFixture.Request request = fixture.requests().getFirst();
    assertThat(request.provider()).isEqualTo("openai");
    assertThat(request.model()).isEqualTo("test-model");
    assertThat(request.jsonMode()).isTrue();
    assertThat(request.authorization()).contains("Bearer test-key");
    assertThat(request.system()).contains("REINFORCE").contains("JSON object");
    assertThat(request.lastUserMessage())
        .contains(INCOMING)
        .contains("mem_shipping", "User prefers express shipping")
        .contains("mem_seat", "User likes window seats");
  }

  @Test
  void addsWithoutAskingWhenThereIsNoCandidate() {
    Decision decision = resolver().resolve(INCOMING, List.of());

    assertThat(decision.action()).isEqualTo(Action.ADD);
    assertThat(decision.engine()).isEqualTo("llm");
    assertThat(fixture.requests()).isEmpty();
  }

  @Test
  void retriesMalformedOutputOnceTellingTheModelWhatWasWrong() {
    fixture.malformed().answer(decision(Action.REINFORCE, "mem_shipping", "same preference"));

    Decision decision = resolver().resolve(INCOMING, candidates);

    assertThat(decision.action()).isEqualTo(Action.REINFORCE);
    assertThat(decision.engine()).isEqualTo("llm");
    assertThat(fixture.requests()).hasSize(2);
    ChatCompletionsFixture.Request retry = fixture.requests().get(1);
    assertThat(retry.turns()).hasSize(3);
    assertThat(retry.turns().get(1).role()).isEqualTo("assistant");
    assertThat(retry.lastUserMessage()).contains("not valid JSON");
    assertThat(
            registry
                .counter("llm.calls", "engine", "resolver", "outcome", "success_after_retry")
                .count())
        .isEqualTo(1);
  }

  @Test
  void fallsBackToTheRulesAfterTwoMalformedAnswers() {
    fixture.malformed().malformed();

    Decision decision = resolver().resolve(INCOMING, candidates);

    assertThat(fixture.requests()).hasSize(2);
    assertThat(decision.engine())
        .startsWith("rules (llm fallback: invalid output twice: ")
        .endsWith(")");
    // the rule engine's own verdict: a change word on the shipping preference
    assertThat(decision.action()).isEqualTo(Action.UPDATE);
    assertThat(decision.targetId()).isEqualTo("mem_shipping");
    assertThat(
            registry
                .counter("llm.calls", "engine", "resolver", "outcome", "invalid_output")
                .count())
        .isEqualTo(1);
  }

  @Test
  void treatsATargetOutsideTheCandidatesAsInvalid() {
    fixture
        .answer(decision(Action.UPDATE, "mem_unknown", "made up id"))
        .answer(decision(Action.UPDATE, "mem_shipping", "shipping preference changed"));

    Decision decision = resolver().resolve(INCOMING, candidates);

    assertThat(decision.targetId()).isEqualTo("mem_shipping");
    assertThat(decision.reason()).isEqualTo("shipping preference changed");
    assertThat(fixture.requests().get(1).lastUserMessage())
        .contains("mem_unknown is not one of the existing memories' ids");
  }

  @Test
  void fallsBackWhenTheTargetIsMissingOrUnknownTwice() {
    fixture
        .answer("{\"action\": \"DELETE\", \"reason\": \"retracted\"}")
        .answer(decision(Action.DELETE, "mem_other", "retracted"));

    Decision decision = resolver().resolve(INCOMING, candidates);

    assertThat(decision.engine()).startsWith("rules (llm fallback: invalid output twice");
    assertThat(fixture.requests().get(1).lastUserMessage())
        .contains("DELETE needs a \"target_id\"");
  }

  @Test
  void rejectsAnUnknownAction() {
    fixture
        .answer("{\"action\": \"MERGE\", \"target_id\": \"mem_shipping\", \"reason\": \"x\"}")
        .answer(decision(Action.SKIP, null, "nothing new"));

    Decision decision = resolver().resolve(INCOMING, candidates);

    assertThat(decision.action()).isEqualTo(Action.SKIP);
    assertThat(fixture.requests().get(1).lastUserMessage())
        .contains("\"action\" must be one of")
        .contains("not MERGE");
  }

  @Test
  void retriesARateLimitedCallAfterRetryAfter() {
    fixture.rateLimited(1).answer(decision(Action.ADD, null, "new fact"));

    Decision decision = resolver().resolve(INCOMING, candidates);

    assertThat(decision.engine()).isEqualTo("llm");
    List<ChatCompletionsFixture.Request> requests = fixture.requests();
    assertThat(requests).hasSize(2);
    assertThat(Duration.between(requests.get(0).receivedAt(), requests.get(1).receivedAt()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void boundsTheRetryAfterWait() {
    fixture.rateLimited(3600).answer(decision(Action.ADD, null, "new fact"));

    long start = System.nanoTime();
    Decision decision = resolver().resolve(INCOMING, candidates);

    assertThat(decision.engine()).isEqualTo("llm");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void fallsBackAfterTwoServerErrors() {
    fixture.fail(500).fail(503);

    Decision decision = resolver().resolve(INCOMING, candidates);

    assertThat(fixture.requests()).hasSize(2);
    assertThat(decision.engine()).isEqualTo("rules (llm fallback: HTTP 503 after a retry)");
    assertThat(decision.targetId()).isEqualTo("mem_shipping");
    assertThat(
            registry.counter("llm.calls", "engine", "resolver", "outcome", "server_error").count())
        .isEqualTo(1);
  }

  @Test
  void doesNotRetryARejectedRequest() {
    fixture.fail(401).answer(decision(Action.ADD, null, "never asked"));

    Decision decision = resolver().resolve(INCOMING, candidates);

    assertThat(fixture.requests()).hasSize(1);
    assertThat(decision.engine()).isEqualTo("rules (llm fallback: HTTP 401)");
  }

  @Test
  void fallsBackWhenTheModelTimesOutTwice() {
    fixture
        .delayed(Duration.ofSeconds(5), decision(Action.ADD, null, "too late"))
        .delayed(Duration.ofSeconds(5), decision(Action.ADD, null, "too late"));

    Decision decision = resolver(Duration.ofMillis(300)).resolve(INCOMING, candidates);

    assertThat(fixture.requests()).hasSize(2);
    assertThat(decision.engine()).isEqualTo("rules (llm fallback: timeout after a retry)");
    assertThat(decision.action()).isEqualTo(Action.UPDATE);
  }

  @Test
  void usesTheAnswerAfterOneTimeout() {
    fixture
        .delayed(Duration.ofSeconds(5), decision(Action.ADD, null, "too late"))
        .answer(decision(Action.UPDATE, "mem_shipping", "in time"));

    Decision decision = resolver(Duration.ofMillis(300)).resolve(INCOMING, candidates);

    assertThat(decision.reason()).isEqualTo("in time");
    assertThat(decision.engine()).isEqualTo("llm");
  }
}
