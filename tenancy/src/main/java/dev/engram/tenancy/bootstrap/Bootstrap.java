package dev.engram.tenancy.bootstrap;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Role;
import dev.engram.tenancy.Scope;
import dev.engram.tenancy.apikey.ApiKeys;
import dev.engram.tenancy.apikey.IssuedApiKey;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.org.Organization;
import dev.engram.tenancy.org.Organizations;
import dev.engram.tenancy.user.ConsoleUser;
import dev.engram.tenancy.user.ConsoleUsers;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * First start on an empty database: a platform admin and, on the embedded default, a demo tenant.
 */
@Singleton
public class Bootstrap {
  private static final char[] PASSWORD_ALPHABET =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private final BootstrapConfiguration configuration;
  private final ConsoleUsers users;
  private final Organizations organizations;
  private final Apps apps;
  private final ApiKeys keys;
  private final DataSource dataSource;

  Bootstrap(
      BootstrapConfiguration configuration,
      ConsoleUsers users,
      Organizations organizations,
      Apps apps,
      ApiKeys keys,
      DataSource dataSource) {
    this.configuration = configuration;
    this.users = users;
    this.organizations = organizations;
    this.apps = apps;
    this.keys = keys;
    this.dataSource = dataSource;
  }

  /** Creates what a first start needs; does nothing (and returns empty) on a used database. */
  @Transactional
  public Optional<BootstrapResult> runIfEmpty() {
    if (users.anyExists()) {
      return Optional.empty();
    }
    Optional<String> generated =
        Optional.ofNullable(configuration.adminPassword()).isPresent()
            ? Optional.empty()
            : Optional.of(randomPassword());
    String password = generated.orElseGet(configuration::adminPassword);
    ConsoleUser admin =
        users.createUnchecked(configuration.adminUsername(), password, Role.PLATFORM_ADMIN, null);
    Optional<IssuedApiKey> demoKey =
        wantsDemo() ? Optional.of(createDemoTenant(admin.actor())) : Optional.empty();
    return Optional.of(new BootstrapResult(admin.username(), generated, demoKey));
  }

  private IssuedApiKey createDemoTenant(Actor admin) {
    Organization org = organizations.create(admin, "demo");
    App app = apps.create(admin, org.id(), "demo", "Created at first start to try Engram");
    return keys.issue(
        app,
        "demo key",
        EnumSet.of(
            Scope.MEMORIES_READ, Scope.MEMORIES_WRITE, Scope.ANALYTICS_READ, Scope.ANALYTICS_WRITE),
        null);
  }

  private boolean wantsDemo() {
    if (configuration.demo() != null) {
      return configuration.demo();
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database product", e);
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      password.append(PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)]);
    }
    return password.toString();
  }
}
