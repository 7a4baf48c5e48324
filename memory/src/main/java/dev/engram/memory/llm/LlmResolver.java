package dev.engram.memory.llm;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.evolve.Resolver;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The LLM engine of the {@link Resolver}: the model sees the incoming statement and the nearest
 * memories (by id) and picks an action, a target among those ids and a reason. Without candidates
 * there is nothing to compare, so it adds without a call. On any failure (transport, or invalid
 * output twice) the rule engine decides, and the decision's engine says so: {@code rules (llm
 * fallback: …)}. A fact is never dropped.
 */
@Singleton
@Named("llm")
@Primary
@Requires(property = "engram.llm.provider")
final class LlmResolver implements Resolver {
  static final String ENGINE = "llm";
  private static final Set<String> ACTIONS =
      Arrays.stream(Action.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  static final String SYSTEM =
      """
      You maintain the long-term memory of an AI agent about one user. A new statement about \
      the user arrives, together with the existing memories most similar to it. Decide what \
      storing the statement does:
      - ADD: it is new information, not covered by any existing memory.
      - REINFORCE: it says the same as one existing memory (a paraphrase); target that memory.
      - UPDATE: it changes, corrects, contradicts or refines one existing memory, which it \
      replaces; target that memory.
      - DELETE: it retracts one existing memory (e.g. "forget that ..."); target that memory.
      - SKIP: it holds nothing worth remembering.
      Similar wording is not the same meaning: a different value, a negation or a change in \
      time ("now", "moved", "no longer") is an UPDATE, not a REINFORCE.
      Answer as {"action": "ADD|REINFORCE|UPDATE|DELETE|SKIP", "target_id": "<id of an \
      existing memory, or null for ADD and SKIP>", "reason": "<one short sentence>"}.""";

  private final JsonChat chat;
  private final Resolver rules;

  LlmResolver(JsonChat chat, @Named("rules") Resolver rules) {
    this.chat = requireNonNull(chat, "chat is null");
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The same engine with its calls counted for the app. */
  @Override
  public Resolver forApp(String appId) {
    return new LlmResolver(chat.forApp(appId), rules);
  }

  @Override
  public Decision resolve(String statement, List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return new Decision(Action.ADD, null, "new: no similar memory", ENGINE);
    }
    Set<String> ids =
        candidates.stream().map(c -> c.memory().id()).collect(Collectors.toUnmodifiableSet());
    try {
      return chat.call(
          "resolver",
          SYSTEM,
          prompt(statement, candidates),
          json -> {
            Action action = Action.valueOf(OutputReader.oneOf(json, "action", ACTIONS));
            String reason = OutputReader.text(json, "reason");
            if (action == Action.ADD || action == Action.SKIP) {
              return new Decision(action, null, reason, ENGINE);
            }
            String target = OutputReader.optionalText(json, "target_id");
            if (target == null) {
              throw new InvalidOutput(action + " needs a \"target_id\"");
            }
            if (!ids.contains(target)) {
              throw new InvalidOutput(
                  "\"target_id\" " + target + " is not one of the existing memories' ids");
            }
            return new Decision(action, target, reason, ENGINE);
          });
    } catch (LlmFailure e) {
      Decision fallback = rules.resolve(statement, candidates);
      return new Decision(
          fallback.action(),
          fallback.targetId(),
          fallback.reason(),
          fallback.engine() + " (llm fallback: " + e.getMessage() + ")");
    }
  }

  private static String prompt(String statement, List<Candidate> candidates) {
    StringBuilder prompt = new StringBuilder("New statement: ").append(statement).append("\n\n");
    prompt.append("Existing memories, most similar first:\n");
    for (Candidate candidate : candidates) {
      prompt
          .append("- id: ")
          .append(candidate.memory().id())
          .append(String.format(Locale.ROOT, " (similarity %.2f)", candidate.cosine()))
          .append("\n  content: ")
          .append(candidate.memory().content())
          .append('\n');
    }
    return prompt.toString();
  }
}
