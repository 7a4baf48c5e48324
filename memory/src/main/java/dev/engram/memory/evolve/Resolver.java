package dev.engram.memory.evolve;

import dev.engram.memory.Memory;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * Decides what storing a statement does to what a user already has (DESIGN.md § 4, write path 2):
 * add it, reinforce a paraphrase, supersede a contradicted memory, delete a retracted one, or skip
 * it. Two engines implement it: the rule engine (no LLM configured) and an LLM engine.
 */
public interface Resolver {

  /** This engine making its calls for the app (an LLM engine counts them against its quota). */
  default Resolver forApp(String appId) {
    return this;
  }

  /**
   * Decides for one incoming statement.
   *
   * @param statement the incoming content
   * @param candidates the nearest active memories of the same user, best first
   */
  Decision resolve(String statement, List<Candidate> candidates);

  /**
   * Decides for one incoming statement said in a context (the message it was taken from), which its
   * embedding and so the candidates' cosines include.
   *
   * @param statement the incoming content
   * @param context the incoming statement's context, null when none
   * @param candidates the nearest active memories of the same user, best first
   */
  default Decision resolve(String statement, @Nullable String context, List<Candidate> candidates) {
    return resolve(statement, candidates);
  }

  /** What storing a statement does. */
  enum Action {
    /** Store it as a new active memory. */
    ADD,
    /** It says again what a memory says: count it there, store nothing. */
    REINFORCE,
    /** It replaces a memory: the old is superseded, the new one is active and chained. */
    UPDATE,
    /** It retracts a memory: the target is deleted, nothing is stored. */
    DELETE,
    /** Nothing worth storing. */
    SKIP
  }

  /**
   * An existing memory close to the incoming statement.
   *
   * @param memory the active memory
   * @param cosine cosine similarity of the two embeddings
   */
  record Candidate(Memory memory, double cosine) {
    public Candidate {
      Objects.requireNonNull(memory, "memory is null");
    }
  }

  /**
   * A resolver's answer.
   *
   * @param action what to do
   * @param targetId the memory reinforced, superseded or deleted; null for ADD and SKIP
   * @param reason why, in words
   * @param engine which engine decided ({@code rules}, {@code llm})
   */
  record Decision(Action action, @Nullable String targetId, String reason, String engine) {
    public Decision {
      Objects.requireNonNull(action, "action is null");
      Objects.requireNonNull(reason, "reason is null");
      Objects.requireNonNull(engine, "engine is null");
      if ((action == Action.ADD || action == Action.SKIP) != (targetId == null)) {
        throw new IllegalArgumentException(
            action + " " + (targetId == null ? "needs" : "takes no") + " target");
      }
    }
  }
}
