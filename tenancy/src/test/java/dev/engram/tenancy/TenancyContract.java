package dev.engram.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.tenancy.apikey.ApiKey;
import dev.engram.tenancy.apikey.ApiKeys;
import dev.engram.tenancy.apikey.IssuedApiKey;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.identity.RecordingProvisioner;
import dev.engram.tenancy.org.Organization;
import dev.engram.tenancy.org.Organizations;
import dev.engram.tenancy.user.ConsoleSessions;
import dev.engram.tenancy.user.ConsoleUser;
import dev.engram.tenancy.user.ConsoleUsers;
import dev.engram.testing.OffsetClock;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of organizations, apps, keys and users against a real database. Subclassed once per
 * database (H2 in PostgreSQL mode, PostgreSQL).
 */
public abstract class TenancyContract {
  protected static final Actor ROOT = new Actor("root", Role.PLATFORM_ADMIN, Optional.empty());

  @Inject Organizations organizations;
  @Inject Apps apps;
  @Inject ApiKeys keys;
  @Inject ConsoleUsers users;
  @Inject OffsetClock clock;
  @Inject ConsoleSessions sessions;
  @Inject RecordingProvisioner identity;
  @Inject TransactionOperations<Connection> transactions;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private static String unique(String base) {
    return base + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private App newApp() {
    Organization org = organizations.create(ROOT, unique("org"));
    return apps.create(ROOT, org.id(), "app", null);
  }

  @Test
  void issuedKeyAuthenticatesToItsAppWithItsScopes() {
    App app = newApp();
    IssuedApiKey issued = keys.create(ROOT, app.id(), "ci", EnumSet.of(Scope.MEMORIES_READ), null);

    AppScope scope = keys.authenticate(issued.plaintext());

    assertThat(issued.plaintext()).startsWith("eng_").hasSize(44);
    assertThat(issued.key().prefix()).isEqualTo(issued.plaintext().substring(0, 12));
    assertThat(scope.appId()).isEqualTo(app.id());
    assertThat(scope.orgId()).isEqualTo(app.orgId());
    assertThat(scope.scopes()).containsExactly(Scope.MEMORIES_READ);
    assertThat(scope.allows(Scope.MEMORIES_WRITE)).isFalse();
  }

  @Test
  void storesOnlyTheHashOfTheKey() {
    App app = newApp();
    IssuedApiKey issued = keys.create(ROOT, app.id(), "ci", EnumSet.of(Scope.ADMIN), null);

    ApiKey stored = keys.get(ROOT, issued.key().id());

    assertThat(stored.keyHash()).hasSize(64).doesNotContain(issued.plaintext().substring(4));
    assertThat(stored.toString()).doesNotContain(issued.plaintext());
  }

  @Test
  void recordsLastUseOnAuthentication() {
    App app = newApp();
    IssuedApiKey issued = keys.create(ROOT, app.id(), "ci", EnumSet.of(Scope.ADMIN), null);
    assertThat(issued.key().lastUsedAt()).isNull();

    keys.authenticate(issued.plaintext());

    assertThat(keys.get(ROOT, issued.key().id()).lastUsedAt()).isNotNull();
  }

  @Test
  void rejectsUnknownRevokedAndExpiredKeys() {
    App app = newApp();
    IssuedApiKey revoked = keys.create(ROOT, app.id(), "a", EnumSet.of(Scope.ADMIN), null);
    keys.revoke(ROOT, revoked.key().id());
    IssuedApiKey expiring =
        keys.create(
            ROOT,
            app.id(),
            "b",
            EnumSet.of(Scope.ADMIN),
            clock.instant().plus(Duration.ofHours(1)));

    assertCode(() -> keys.authenticate("eng_" + "x".repeat(40)), TenancyErrorCode.API_KEY_INVALID);
    assertCode(() -> keys.authenticate("not a key"), TenancyErrorCode.API_KEY_INVALID);
    assertCode(() -> keys.authenticate(revoked.plaintext()), TenancyErrorCode.API_KEY_REVOKED);
    assertThat(keys.authenticate(expiring.plaintext()).appId()).isEqualTo(app.id());
    clock.advance(Duration.ofHours(2));
    assertCode(() -> keys.authenticate(expiring.plaintext()), TenancyErrorCode.API_KEY_EXPIRED);
  }

  @Test
  void rotationIssuesAWorkingKeyAndRevokesTheOld() {
    App app = newApp();
    IssuedApiKey old = keys.create(ROOT, app.id(), "prod", EnumSet.of(Scope.MEMORIES_WRITE), null);

    IssuedApiKey replacement = keys.rotate(ROOT, old.key().id());

    assertThat(replacement.plaintext()).isNotEqualTo(old.plaintext());
    assertThat(replacement.key().name()).isEqualTo("prod");
    assertThat(keys.authenticate(replacement.plaintext()).scopes())
        .containsExactly(Scope.MEMORIES_WRITE);
    assertCode(() -> keys.authenticate(old.plaintext()), TenancyErrorCode.API_KEY_REVOKED);
    assertCode(() -> keys.rotate(ROOT, old.key().id()), TenancyErrorCode.API_KEY_REVOKED);
  }

  @Test
  void refusesKeysThatExpireInThePastOrHaveNoScope() {
    App app = newApp();
    assertCode(
        () -> keys.create(ROOT, app.id(), "k", EnumSet.of(Scope.ADMIN), Instant.EPOCH),
        TenancyErrorCode.INVALID_FIELD);
    assertCode(
        () -> keys.create(ROOT, app.id(), "k", EnumSet.noneOf(Scope.class), null),
        TenancyErrorCode.INVALID_FIELD);
    assertThat(keys.list(ROOT, app.id())).isEmpty();
  }

  @Test
  void appNamesAreUniqueInsideAnOrganizationOnly() {
    Organization first = organizations.create(ROOT, unique("first"));
    Organization second = organizations.create(ROOT, unique("second"));
    apps.create(ROOT, first.id(), "support-bot", null);

    assertCode(
        () -> apps.create(ROOT, first.id(), "support-bot", null), TenancyErrorCode.APP_NAME_TAKEN);
    assertThat(apps.create(ROOT, second.id(), "support-bot", null).orgId()).isEqualTo(second.id());
    assertThat(apps.list(ROOT, first.id())).hasSize(1);
  }

  @Test
  void validatesNames() {
    Organization org = organizations.create(ROOT, unique("org"));
    assertCode(() -> apps.create(ROOT, org.id(), " ", null), TenancyErrorCode.INVALID_FIELD);
    assertCode(
        () -> apps.create(ROOT, org.id(), "x".repeat(101), null), TenancyErrorCode.INVALID_FIELD);
    assertCode(() -> organizations.create(ROOT, "bad\u0000name"), TenancyErrorCode.INVALID_FIELD);
    assertThat(apps.list(ROOT, org.id())).isEmpty();
  }

  @Test
  void deletingAnOrganizationDeletesItsAppsKeysAndUsers() {
    App app = newApp();
    App other = apps.create(ROOT, app.orgId(), "second-app", null);
    IssuedApiKey issued = keys.create(ROOT, other.id(), "k", EnumSet.of(Scope.ADMIN), null);
    String username = unique("admin");
    users.create(ROOT, username, "correct horse battery", Role.TENANT_ADMIN, app.orgId());

    organizations.delete(ROOT, app.orgId());

    assertCode(() -> organizations.get(ROOT, app.orgId()), TenancyErrorCode.ORG_NOT_FOUND);
    assertThat(apps.findById(app.id())).isEmpty();
    assertThat(apps.findById(other.id())).isEmpty();
    assertCode(() -> keys.authenticate(issued.plaintext()), TenancyErrorCode.API_KEY_INVALID);
    assertThat(users.signIn(username, "correct horse battery", "127.0.0.1")).isEmpty();
  }

  @Test
  void deletingAnAppDeletesItsKeys() {
    App app = newApp();
    IssuedApiKey issued = keys.create(ROOT, app.id(), "k", EnumSet.of(Scope.ADMIN), null);
    apps.delete(ROOT, app.id());
    assertCode(() -> keys.authenticate(issued.plaintext()), TenancyErrorCode.API_KEY_INVALID);
  }

  @Test
  void tenantAdminSeesAndChangesOnlyItsOwnOrganization() {
    App own = newApp();
    App other = newApp();
    Actor admin = new Actor("ta", Role.TENANT_ADMIN, Optional.of(own.orgId()));

    assertThat(organizations.list(admin)).extracting(Organization::id).containsExactly(own.orgId());
    assertThat(apps.create(admin, own.orgId(), "second", null).orgId()).isEqualTo(own.orgId());
    assertCode(() -> apps.get(admin, other.id()), TenancyErrorCode.APP_NOT_FOUND);
    assertCode(() -> apps.list(admin, other.orgId()), TenancyErrorCode.ORG_NOT_FOUND);
    assertCode(
        () -> keys.create(admin, other.id(), "k", EnumSet.of(Scope.ADMIN), null),
        TenancyErrorCode.APP_NOT_FOUND);
    assertCode(() -> organizations.create(admin, unique("mine")), TenancyErrorCode.FORBIDDEN);
  }

  @Test
  void viewerOnlyReads() {
    App app = newApp();
    Actor viewer = new Actor("tv", Role.TENANT_VIEWER, Optional.of(app.orgId()));

    assertThat(apps.list(viewer, app.orgId())).extracting(App::id).containsExactly(app.id());
    assertCode(() -> apps.create(viewer, app.orgId(), "nope", null), TenancyErrorCode.FORBIDDEN);
    assertCode(
        () -> keys.create(viewer, app.id(), "k", EnumSet.of(Scope.ADMIN), null),
        TenancyErrorCode.FORBIDDEN);
    assertCode(() -> apps.delete(viewer, app.id()), TenancyErrorCode.FORBIDDEN);
    assertThat(apps.list(ROOT, app.orgId())).hasSize(1);
  }

  @Test
  void consoleUsersSignInWithTheirPasswordOnly() {
    Organization org = organizations.create(ROOT, unique("org"));
    String username = unique("alice");
    ConsoleUser created =
        users.create(ROOT, username, "correct horse battery", Role.TENANT_ADMIN, org.id());

    assertThat(created.passwordHash()).startsWith("$argon2id$").doesNotContain("correct horse");
    assertThat(users.signIn(username, "correct horse battery", "127.0.0.1")).isPresent();
    assertThat(users.signIn(username, "wrong horse battery", "127.0.0.1")).isEmpty();
    assertThat(users.signIn(unique("nobody"), "correct horse battery", "127.0.0.1")).isEmpty();
    assertCode(
        () -> users.create(ROOT, username, "another password", Role.TENANT_VIEWER, org.id()),
        TenancyErrorCode.USERNAME_TAKEN);
    assertCode(
        () -> users.create(ROOT, unique("bob"), "short", Role.TENANT_VIEWER, org.id()),
        TenancyErrorCode.INVALID_FIELD);
  }

  @Test
  void tenantAdminCannotCreatePlatformAdminsOrUsersElsewhere() {
    Organization own = organizations.create(ROOT, unique("own"));
    Organization other = organizations.create(ROOT, unique("other"));
    Actor admin = new Actor("ta", Role.TENANT_ADMIN, Optional.of(own.id()));

    assertCode(
        () -> users.create(admin, unique("x"), "long enough password", Role.PLATFORM_ADMIN, null),
        TenancyErrorCode.FORBIDDEN);
    assertCode(
        () ->
            users.create(
                admin, unique("y"), "long enough password", Role.TENANT_VIEWER, other.id()),
        TenancyErrorCode.ORG_NOT_FOUND);
    assertThat(
            users
                .create(admin, unique("z"), "long enough password", Role.TENANT_VIEWER, own.id())
                .orgId())
        .isEqualTo(own.id());
  }

  @Test
  void lastPlatformAdminCannotBeDeleted() {
    String name = unique("root");
    users.createUnchecked(name, "long enough password", Role.PLATFORM_ADMIN, null);
    for (ConsoleUser user : users.list(ROOT, null)) {
      if (user.roleValue() == Role.PLATFORM_ADMIN && !user.username().equals(name)) {
        users.delete(ROOT, user.id());
      }
    }
    ConsoleUser last =
        users.list(ROOT, null).stream()
            .filter(u -> u.username().equals(name))
            .findFirst()
            .orElseThrow();
    assertCode(() -> users.delete(ROOT, last.id()), TenancyErrorCode.LAST_PLATFORM_ADMIN);
  }

  @Test
  void mirrorsOrganizationsAndUsersToTheIdentityProvider() {
    String name = unique("mirror");
    Organization org = organizations.create(ROOT, name);
    String username = unique("dora");
    ConsoleUser user =
        users.create(ROOT, username, "long enough password", Role.TENANT_VIEWER, org.id());
    users.changeRole(ROOT, user.id(), Role.TENANT_ADMIN, null);
    users.setDisabled(ROOT, user.id(), true);
    users.changePassword(ROOT, user.id(), null, "another long password");
    organizations.delete(ROOT, org.id());

    assertThat(identity.calls().stream().filter(c -> c.contains(name) || c.contains(username)))
        .containsExactly(
            "org created " + name,
            "user created " + username + " tenant-viewer",
            "user changed " + username + " tenant-admin",
            "user changed " + username + " tenant-admin disabled",
            "password set " + username + " by admin",
            "user deleted " + username,
            "org deleted " + name);
  }

  @Test
  void aProvisioningFailureLeavesEngramUnchanged() {
    String name = RecordingProvisioner.FAILING + unique("-org");
    assertCode(() -> organizations.create(ROOT, name), TenancyErrorCode.IDENTITY_PROVIDER_FAILED);
    assertThat(organizations.list(ROOT)).noneMatch(o -> o.name().equals(name));

    Organization org = organizations.create(ROOT, unique("kept"));
    String username = RecordingProvisioner.FAILING + unique("-user");
    assertCode(
        () -> users.create(ROOT, username, "long enough password", Role.TENANT_ADMIN, org.id()),
        TenancyErrorCode.IDENTITY_PROVIDER_FAILED);
    assertThat(users.list(ROOT, org.id())).isEmpty();
  }

  @Test
  void undoesTheProviderCallWhenTheEngramChangeRollsBack() {
    Organization org = organizations.create(ROOT, unique("undo"));
    String username = unique("erin");
    // the provider accepts the user, then a later step of the same transaction fails
    assertThatThrownBy(
            () ->
                transactions.executeWrite(
                    status -> {
                      users.create(
                          ROOT, username, "long enough password", Role.TENANT_ADMIN, org.id());
                      throw new IllegalStateException("a later step fails");
                    }))
        .hasMessageContaining("a later step fails");
    assertThat(users.list(ROOT, org.id())).isEmpty();
    assertThat(identity.calls().stream().filter(c -> c.contains(username)))
        .containsExactly(
            "user created " + username + " tenant-admin",
            "undo user created " + username + " tenant-admin");
  }

  @Test
  void externalTokensFollowTheUserEngramKnows() {
    Instant start = clock.instant();
    assertThat(sessions.acceptsExternal(unique("stranger"), start)).isTrue();

    Organization org = organizations.create(ROOT, unique("ext"));
    String username = unique("Frank");
    ConsoleUser user =
        users.create(ROOT, username, "long enough password", Role.TENANT_ADMIN, org.id());
    Instant created = clock.instant();
    String lower = username.toLowerCase(java.util.Locale.ROOT);
    assertThat(sessions.acceptsExternal(lower, created)).isTrue();
    assertThat(sessions.acceptsExternal(lower, created.minusSeconds(5))).isFalse();

    clock.advance(Duration.ofMinutes(1));
    users.setDisabled(ROOT, user.id(), true);
    assertThat(sessions.acceptsExternal(lower, clock.instant())).isFalse();
    clock.advance(Duration.ofMinutes(1));
    users.setDisabled(ROOT, user.id(), false);
    assertThat(sessions.acceptsExternal(lower, created)).isFalse();
    assertThat(sessions.acceptsExternal(lower, clock.instant())).isTrue();
  }

  protected static void assertCode(Runnable action, TenancyErrorCode code) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(TenancyException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
