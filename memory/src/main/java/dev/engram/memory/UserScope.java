package dev.engram.memory;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/**
 * Whose memories a read may see: one user's, or explicitly every user's of the app. The engine
 * decides who may have which ({@link #of}): a caller that may not read across users must name a
 * user. {@link MemoryFilter} carries it for the stores and indexes to translate.
 */
public sealed interface UserScope {

  /** The memories of one user. */
  record OneUser(String userId) implements UserScope {
    public OneUser {
      requireNonNull(userId, "userId is null");
    }

    @Override
    public Optional<String> user() {
      return Optional.of(userId);
    }
  }

  /** The memories of every user of the app. */
  record AllUsers() implements UserScope {
    @Override
    public Optional<String> user() {
      return Optional.empty();
    }
  }

  /** The one user of the scope; empty for every user. */
  Optional<String> user();

  /**
   * The scope of a read that asked for {@code requestedUser} ({@code null}: none named) by a caller
   * that may or may not read across users (an API key with the {@code admin} scope may).
   *
   * @throws MemoryException {@code user_id_required} when no user is named and the caller may not
   *     read across users
   */
  static UserScope of(@Nullable String requestedUser, boolean mayReadAllUsers) {
    if (requestedUser != null) {
      return new OneUser(requestedUser);
    }
    if (!mayReadAllUsers) {
      throw new MemoryException(
          MemoryErrorCode.USER_REQUIRED,
          "user_id: is required (only keys with the admin scope may read across users)",
          "user_id",
          null);
    }
    return new AllUsers();
  }
}
