package dev.engram.tenancy.identity;

import dev.engram.tenancy.AfterCommit;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.org.Organization;
import dev.engram.tenancy.user.ConsoleUser;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hand-written stand-in for Keycloak in the tenancy tests: records each provisioning call (and
 * each undo after a rollback) as a line, and fails like an unreachable Keycloak for names that
 * start with {@code kc-down}.
 */
@Singleton
@Requires(property = RecordingProvisioner.PROPERTY, value = "true")
public final class RecordingProvisioner implements IdentityProvisioner {
  /** Set by the tests that want it (the test-jar is on other modules' test classpath too). */
  public static final String PROPERTY = "engram.test.recording-provisioner";

  public static final String FAILING = "kc-down";
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final AfterCommit afterCommit;

  RecordingProvisioner(AfterCommit afterCommit) {
    this.afterCommit = afterCommit;
  }

  public List<String> calls() {
    return calls;
  }

  private void record(String name, String call) {
    if (name.startsWith(FAILING)) {
      throw new TenancyException(
          TenancyErrorCode.IDENTITY_PROVIDER_FAILED, "Keycloak could not be reached: " + call);
    }
    calls.add(call);
    afterCommit.onRollback(() -> calls.add("undo " + call));
  }

  @Override
  public void organizationCreated(Organization org) {
    record(org.name(), "org created " + org.name());
  }

  @Override
  public void organizationRenamed(Organization org) {
    record(org.name(), "org renamed " + org.name());
  }

  @Override
  public void organizationDeleted(Organization org) {
    record(org.name(), "org deleted " + org.name());
  }

  @Override
  public void userCreated(ConsoleUser user, String password) {
    record(user.username(), "user created " + user.username() + " " + user.role());
  }

  @Override
  public void userChanged(ConsoleUser before, ConsoleUser after) {
    record(
        after.username(),
        "user changed "
            + after.username()
            + " "
            + after.role()
            + (after.isActive() ? "" : " disabled"));
  }

  @Override
  public void passwordSet(ConsoleUser user, String password, boolean byAdmin) {
    record(user.username(), "password set " + user.username() + (byAdmin ? " by admin" : ""));
  }

  @Override
  public void sessionsEnded(ConsoleUser user) {
    record(user.username(), "sessions ended " + user.username());
  }

  @Override
  public void userDeleted(ConsoleUser user) {
    record(user.username(), "user deleted " + user.username());
  }
}
