package dev.engram.tenancy.user;

import dev.engram.tenancy.AfterCommit;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Whether a console token still stands for a live session: its user exists, is active and has the
 * token version the token carries. Checked on every console request through {@link SessionCache};
 * changes of this instance take effect once they commit, other instances' within {@link
 * SessionCache#TTL}.
 */
@Singleton
public class ConsoleSessions {
  private final ConsoleUserRepository repository;
  private final AfterCommit afterCommit;
  private final SessionCache cache = new SessionCache();

  ConsoleSessions(ConsoleUserRepository repository, AfterCommit afterCommit) {
    this.repository = repository;
    this.afterCommit = afterCommit;
  }

  /**
   * Whether the token of user {@code userId}, named {@code username}, version {@code version}
   * holds.
   */
  public boolean isCurrent(String userId, String username, int version) {
    Optional<SessionCache.State> state = cache.get(userId).or(() -> load(userId));
    return state
        .filter(s -> s.active() && s.tokenVersion() == version && s.username().equals(username))
        .isPresent();
  }

  /** A user changed in the current transaction: forget cached states once it commits. */
  void changed() {
    afterCommit.run(cache::invalidate);
  }

  private Optional<SessionCache.State> load(String userId) {
    long generation = cache.generation();
    Optional<SessionCache.State> state =
        repository
            .findById(userId)
            .map(u -> new SessionCache.State(u.username(), u.tokenVersion(), u.isActive()));
    state.ifPresent(s -> cache.put(userId, s, generation));
    return state;
  }
}
