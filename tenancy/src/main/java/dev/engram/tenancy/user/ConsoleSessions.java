package dev.engram.tenancy.user;

import dev.engram.tenancy.AfterCommit;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
  private static final String EXTERNAL = "external:";
  private static final int UNKNOWN = -1;
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

  /**
   * Whether a token of another issuer (Keycloak) for {@code username}, issued at {@code issuedAt},
   * still holds here: yes for a user Engram does not know (the identity provider alone manages it);
   * for a user Engram knows, only while it is enabled and when the token was issued no earlier than
   * the second of its last change (role, organization, password, sign-out), so those end its
   * sessions as they do for built-in tokens.
   */
  public boolean acceptsExternal(String username, Instant issuedAt) {
    String key = EXTERNAL + username.toLowerCase(Locale.ROOT);
    SessionCache.State state = cache.get(key).orElseGet(() -> loadExternal(key, username));
    if (state.tokenVersion() == UNKNOWN) {
      // unknown here: accepted; two local users that differ only in case: neither is meant
      return state.active();
    }
    return state.active() && !issuedAt.isBefore(state.changedAt().truncatedTo(ChronoUnit.SECONDS));
  }

  private SessionCache.State loadExternal(String key, String username) {
    long generation = cache.generation();
    List<ConsoleUser> users = repository.findByUsernameIgnoringCase(username);
    SessionCache.State state =
        users.size() == 1
            ? state(users.getFirst())
            : new SessionCache.State(username, UNKNOWN, users.isEmpty(), Instant.EPOCH);
    cache.put(key, state, generation);
    return state;
  }

  private static SessionCache.State state(ConsoleUser user) {
    return new SessionCache.State(
        user.username(), user.tokenVersion(), user.isActive(), user.updatedAt());
  }

  /** A user changed in the current transaction: forget cached states once it commits. */
  void changed() {
    afterCommit.run(cache::invalidate);
  }

  private Optional<SessionCache.State> load(String userId) {
    long generation = cache.generation();
    Optional<SessionCache.State> state = repository.findById(userId).map(ConsoleSessions::state);
    state.ifPresent(s -> cache.put(userId, s, generation));
    return state;
  }
}
