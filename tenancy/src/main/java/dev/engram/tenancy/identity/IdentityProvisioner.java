package dev.engram.tenancy.identity;

import dev.engram.tenancy.org.Organization;
import dev.engram.tenancy.user.ConsoleUser;

/**
 * Mirrors organizations and console users into an external identity provider (Keycloak) as they
 * change in Engram. Each call is made inside the Engram transaction that makes the change, after
 * the change is written: when a call fails, it leaves the provider as it was (undoing its own
 * partial steps) and throws {@code identity_provider_failed}, so the Engram transaction rolls back
 * too. When the Engram transaction rolls back after a call succeeded, {@link Compensation} undoes
 * the call.
 */
public interface IdentityProvisioner {
  void organizationCreated(Organization org);

  void organizationRenamed(Organization org);

  void organizationDeleted(Organization org);

  /** A new user with its initial password. */
  void userCreated(ConsoleUser user, String password);

  /** Role, organization or enabled state changed from {@code before} to {@code after}. */
  void userChanged(ConsoleUser before, ConsoleUser after);

  /** A password set by an admin ({@code temporary} when the user must choose another). */
  void passwordSet(ConsoleUser user, String password, boolean byAdmin);

  /** The user signed out everywhere: end its sessions in the provider too. */
  void sessionsEnded(ConsoleUser user);

  void userDeleted(ConsoleUser user);
}
