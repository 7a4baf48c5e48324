package dev.engram.tenancy.identity;

import dev.engram.tenancy.AfterCommit;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.org.Organization;
import dev.engram.tenancy.user.ConsoleUser;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisions organizations and console users in the Keycloak realm of {@code engram.oidc.issuer},
 * as the service account of {@code engram.oidc.provisioning-client-id}.
 *
 * <p>Failures are compensated, not retried: a call whose later step fails undoes its earlier steps
 * (a user created but not given its role is deleted again) and throws {@code
 * identity_provider_failed}, which rolls the Engram change back; a call that succeeded is undone
 * when the Engram transaction rolls back afterwards. An undo that fails itself is logged at ERROR
 * with what is left over in Keycloak.
 */
@Singleton
@Requires(property = "engram.oidc.issuer")
@Requires(property = "engram.oidc.provisioning-client-secret")
final class KeycloakProvisioner implements IdentityProvisioner {
  private static final Logger LOG = LoggerFactory.getLogger(KeycloakProvisioner.class);

  private final OidcConfiguration configuration;
  private final AfterCommit afterCommit;
  private final Keycloak keycloak;
  private final KeycloakRealm realm;

  KeycloakProvisioner(OidcConfiguration configuration, AfterCommit afterCommit) {
    this.configuration = configuration;
    this.afterCommit = afterCommit;
    this.keycloak =
        KeycloakBuilder.builder()
            .serverUrl(configuration.keycloakServerUrl())
            .realm(configuration.keycloakRealm())
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId(configuration.provisioningClientId())
            .clientSecret(configuration.provisioningClientSecret())
            .build();
    String realmName = configuration.keycloakRealm();
    this.realm = new KeycloakRealm(() -> keycloak.realm(realmName));
  }

  @PreDestroy
  void close() {
    keycloak.close();
  }

  @Override
  public void organizationCreated(Organization org) {
    Optional<GroupRepresentation> existing = realm.findGroup(org.id());
    if (existing.isPresent()) {
      rename(existing.get(), org.name());
      return;
    }
    String groupId = realm.createGroup(org.id(), org.name());
    undoOnRollback("group " + org.id(), () -> realm.deleteGroup(groupId));
  }

  @Override
  public void organizationRenamed(Organization org) {
    Optional<GroupRepresentation> existing = realm.findGroup(org.id());
    if (existing.isEmpty()) {
      organizationCreated(org);
      return;
    }
    GroupRepresentation group = existing.get();
    String before = first(group.getAttributes(), KeycloakRealm.DISPLAY_NAME).orElse(org.name());
    rename(group, org.name());
    undoOnRollback("name of group " + org.id(), () -> rename(group, before));
  }

  private void rename(GroupRepresentation group, String name) {
    group.setAttributes(
        Map.of(
            KeycloakRealm.TENANT_ID, List.of(group.getName()),
            KeycloakRealm.DISPLAY_NAME, List.of(name)));
    realm.updateGroup(group);
  }

  @Override
  public void organizationDeleted(Organization org) {
    // the group goes last, once the organization's users are gone; nothing to undo it with but
    // a fresh group, which organizationCreated/Renamed make again on demand
    realm.findGroup(org.id()).ifPresent(g -> realm.deleteGroup(g.getId()));
  }

  @Override
  public void userCreated(ConsoleUser user, String password) {
    if (realm.findUser(user.username()).isPresent()) {
      throw new TenancyException(
          TenancyErrorCode.USERNAME_TAKEN,
          "username '" + user.username() + "' is taken in Keycloak",
          "username");
    }
    UserRepresentation representation = new UserRepresentation();
    representation.setUsername(user.username());
    representation.setEnabled(user.isActive());
    representation.setAttributes(attributes(user));
    String id = realm.createUser(representation);
    try {
      apply(id, user);
      realm.setPassword(id, password, configuration.temporaryPasswords());
    } catch (TenancyException e) {
      compensate("user " + user.username(), () -> realm.deleteUser(id));
      throw e;
    }
    undoOnRollback("user " + user.username(), () -> realm.deleteUser(id));
  }

  @Override
  public void userChanged(ConsoleUser before, ConsoleUser after) {
    String id = requireUser(after);
    try {
      update(id, after);
    } catch (TenancyException e) {
      compensate("user " + after.username(), () -> update(id, before));
      throw e;
    }
    if (!after.isActive()) {
      realm.logout(id);
    }
    undoOnRollback("user " + after.username(), () -> update(id, before));
  }

  private void update(String id, ConsoleUser user) {
    UserRepresentation representation = realm.getUser(id);
    representation.setEnabled(user.isActive());
    representation.setAttributes(attributes(user));
    realm.updateUser(id, representation);
    apply(id, user);
  }

  /** Role and group membership as Engram has them. */
  private void apply(String id, ConsoleUser user) {
    realm.setRole(id, user.roleValue());
    Optional<String> group =
        Optional.ofNullable(user.orgId()).flatMap(realm::findGroup).map(GroupRepresentation::getId);
    realm.joinOnly(id, group);
  }

  @Override
  public void passwordSet(ConsoleUser user, String password, boolean byAdmin) {
    String id = requireUser(user);
    realm.setPassword(id, password, byAdmin && configuration.temporaryPasswords());
    realm.logout(id);
  }

  @Override
  public void sessionsEnded(ConsoleUser user) {
    realm.findUser(user.username()).ifPresent(u -> realm.logout(u.getId()));
  }

  @Override
  public void userDeleted(ConsoleUser user) {
    realm
        .findUser(user.username())
        .ifPresent(
            u -> {
              realm.deleteUser(u.getId());
              afterCommit.onRollback(
                  () ->
                      LOG.error(
                          "identity: user {} was deleted in Keycloak but the Engram deletion rolled"
                              + " back; create it again in Keycloak or delete it in Engram",
                          user.username()));
            });
  }

  private String requireUser(ConsoleUser user) {
    return realm
        .findUser(user.username())
        .map(UserRepresentation::getId)
        .orElseThrow(
            () ->
                new TenancyException(
                    TenancyErrorCode.IDENTITY_PROVIDER_FAILED,
                    "Keycloak has no user '" + user.username() + "' to change"));
  }

  private static Map<String, List<String>> attributes(ConsoleUser user) {
    return user.orgId() == null
        ? Map.of()
        : Map.of(KeycloakRealm.TENANT_ID, new ArrayList<>(List.of(user.orgId())));
  }

  private static Optional<String> first(Map<String, List<String>> attributes, String name) {
    return Optional.ofNullable(attributes)
        .map(a -> a.get(name))
        .filter(l -> !l.isEmpty())
        .map(List::getFirst);
  }

  private void undoOnRollback(String what, Runnable undo) {
    afterCommit.onRollback(() -> compensate(what, undo));
  }

  private static void compensate(String what, Runnable undo) {
    try {
      undo.run();
      LOG.warn(
          "identity: undid the Keycloak change of {} (the Engram change did not happen)", what);
    } catch (RuntimeException e) {
      LOG.error(
          "identity: could not undo the Keycloak change of {}; Keycloak and Engram differ until"
              + " it is fixed by hand",
          what,
          e);
    }
  }
}
