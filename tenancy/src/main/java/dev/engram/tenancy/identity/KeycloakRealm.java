package dev.engram.tenancy.identity;

import dev.engram.tenancy.Role;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The few realm operations provisioning needs, each turning Keycloak's failures (an HTTP error, no
 * connection) into {@code identity_provider_failed} naming the step. An organization is the group
 * named by its id (attributes {@code tenant_id}, {@code display_name}); a console user is the
 * Keycloak user of the same (lower-cased) username.
 */
final class KeycloakRealm {
  static final String TENANT_ID = "tenant_id";
  static final String DISPLAY_NAME = "display_name";

  private final Supplier<RealmResource> realm;

  KeycloakRealm(Supplier<RealmResource> realm) {
    this.realm = realm;
  }

  Optional<GroupRepresentation> findGroup(String orgId) {
    return call(
        "find group " + orgId,
        () ->
            realm.get().groups().groups(orgId, true, 0, 2, false).stream()
                .filter(g -> orgId.equals(g.getName()))
                .findFirst());
  }

  String createGroup(String orgId, String displayName) {
    GroupRepresentation group = new GroupRepresentation();
    group.setName(orgId);
    group.setAttributes(Map.of(TENANT_ID, List.of(orgId), DISPLAY_NAME, List.of(displayName)));
    return call(
        "create group " + orgId,
        () -> {
          try (Response response = realm.get().groups().add(group)) {
            return CreatedResponseUtil.getCreatedId(response);
          }
        });
  }

  void updateGroup(GroupRepresentation group) {
    run(
        "update group " + group.getName(),
        () -> realm.get().groups().group(group.getId()).update(group));
  }

  void deleteGroup(String groupId) {
    run("delete group " + groupId, () -> realm.get().groups().group(groupId).remove());
  }

  Optional<UserRepresentation> findUser(String username) {
    String lower = username.toLowerCase(java.util.Locale.ROOT);
    return call(
        "find user " + username,
        () ->
            realm.get().users().searchByUsername(lower, true).stream()
                .filter(u -> lower.equals(u.getUsername()))
                .findFirst());
  }

  String createUser(UserRepresentation user) {
    return call(
        "create user " + user.getUsername(),
        () -> {
          try (Response response = realm.get().users().create(user)) {
            return CreatedResponseUtil.getCreatedId(response);
          }
        });
  }

  UserRepresentation getUser(String id) {
    return call("read user " + id, () -> user(id).toRepresentation());
  }

  void updateUser(String id, UserRepresentation user) {
    run("update user " + user.getUsername(), () -> user(id).update(user));
  }

  void deleteUser(String id) {
    run(
        "delete user " + id,
        () -> {
          try (Response response = realm.get().users().delete(id)) {
            int status = response.getStatus();
            if (status != 204 && status != 404) {
              throw new WebApplicationException(response);
            }
          }
        });
  }

  /** Makes the user's Engram realm role exactly {@code role} (other realm roles stay). */
  void setRole(String id, Role role) {
    run(
        "set role " + role.value() + " of user " + id,
        () -> {
          var roles = user(id).roles().realmLevel();
          List<String> engramRoles = Arrays.stream(Role.values()).map(Role::value).toList();
          List<RoleRepresentation> stale =
              roles.listAll().stream()
                  .filter(
                      r -> engramRoles.contains(r.getName()) && !r.getName().equals(role.value()))
                  .toList();
          if (!stale.isEmpty()) {
            roles.remove(stale);
          }
          roles.add(List.of(realm.get().roles().get(role.value()).toRepresentation()));
        });
  }

  void joinOnly(String id, Optional<String> groupId) {
    run(
        "set groups of user " + id,
        () -> {
          UserResource user = user(id);
          for (GroupRepresentation g : user.groups()) {
            if (g.getAttributes() != null && g.getAttributes().containsKey(TENANT_ID)) {
              if (groupId.filter(g.getId()::equals).isEmpty()) {
                user.leaveGroup(g.getId());
              }
            }
          }
          groupId.ifPresent(user::joinGroup);
        });
  }

  void setPassword(String id, String password, boolean temporary) {
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(temporary);
    run("set password of user " + id, () -> user(id).resetPassword(credential));
  }

  void logout(String id) {
    run("end sessions of user " + id, () -> user(id).logout());
  }

  private UserResource user(String id) {
    return realm.get().users().get(id);
  }

  private static void run(String step, Runnable action) {
    call(
        step,
        () -> {
          action.run();
          return null;
        });
  }

  private static <T> T call(String step, Supplier<T> action) {
    try {
      return action.get();
    } catch (WebApplicationException e) {
      throw new TenancyException(
          TenancyErrorCode.IDENTITY_PROVIDER_FAILED,
          "Keycloak refused to " + step + " (HTTP " + e.getResponse().getStatus() + ")");
    } catch (ProcessingException e) {
      throw new TenancyException(
          TenancyErrorCode.IDENTITY_PROVIDER_FAILED,
          "Keycloak could not be reached to " + step + ": " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : " " + cause.getMessage());
  }
}
