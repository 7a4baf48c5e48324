package dev.engram.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Secrets never reach the logs: everything the application logs from its start (Engram and
 * Micronaut security and HTTP at DEBUG) is captured while this test signs in (rightly and wrongly),
 * creates, uses, rotates and revokes keys, sets passwords and sends malformed bodies holding
 * secrets; then the log is searched for every password, key and token involved.
 */
@MicronautTest(transactional = false)
class SecretsNotLoggedIT extends ApiTestSupport {
  private static final ListAppender<ILoggingEvent> LOG = capture();

  private static ListAppender<ILoggingEvent> capture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(context);
    appender.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.addAppender(appender);
    for (String name : List.of("dev.engram", "io.micronaut.security", "io.micronaut.http")) {
      context.getLogger(name).setLevel(Level.DEBUG);
    }
    return appender;
  }

  @Test
  void noPasswordKeyOrTokenAppearsInTheLog() {
    List<String> secrets = new ArrayList<>(List.of(ADMIN_PASSWORD, OPERATOR_TOKEN));
    String wrong = "wrong-password-" + unique("w");
    secrets.add(wrong);
    assertThat(
            http.post(
                    "/admin/v1/login", http.toJson(Map.of("username", "admin", "password", wrong)))
                .status())
        .isEqualTo(401);
    String root = adminToken();
    secrets.add(root);
    String org = createOrg(root, unique("secrets"));
    String app = createApp(root, org, "secrets");
    Http.Response issued = createKey(root, app, List.of("admin"));
    String key = issued.text("key");
    String keyId = issued.text("api_key.id");
    secrets.add(key);
    assertThat(http.get("/v1/whoami", Http.bearer(key)).status()).isEqualTo(200);
    String mangled = key.substring(0, key.length() - 2) + "zz";
    secrets.add(mangled);
    assertThat(http.get("/v1/whoami", "X-API-Key", mangled).status()).isEqualTo(401);
    assertThat(
            http.get("/v1/whoami", "X-API-Key", key, "Authorization", "Bearer " + mangled).status())
        .isEqualTo(401);
    Http.Response rotated = http.post("/admin/v1/keys/" + keyId + "/rotate", "", Http.bearer(root));
    assertThat(rotated.status()).isEqualTo(201);
    secrets.add(rotated.text("key"));
    assertThat(http.get("/v1/whoami", Http.bearer(key)).status()).isEqualTo(401);

    String password = "user-password-" + unique("p");
    secrets.add(password);
    String name = unique("user");
    Map<String, Object> user = new HashMap<>();
    user.put("username", name);
    user.put("password", password);
    user.put("role", "tenant-admin");
    user.put("org_id", org);
    Http.Response created = http.post("/admin/v1/users", http.toJson(user), Http.bearer(root));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String userToken = login(name, password);
    secrets.add(userToken);
    String newPassword = "new-password-" + unique("p");
    secrets.add(newPassword);
    Http.Response changed =
        http.put(
            "/admin/v1/users/" + created.text("id") + "/password",
            http.toJson(Map.of("current_password", password, "password", newPassword)),
            Http.bearer(userToken));
    assertThat(changed.status()).as(changed.body()).isLessThan(300);
    assertThat(http.get("/admin/v1/me", Http.bearer(userToken)).status()).isEqualTo(401);

    String inArray = "array-password-" + unique("p");
    secrets.add(inArray);
    http.post(
        "/admin/v1/users",
        "{\"username\":\"x"
            + unique("y")
            + "\",\"password\":[\""
            + inArray
            + "\"],\"role\":\"tenant-admin\",\"org_id\":\""
            + org
            + "\"}",
        Http.bearer(root));
    String broken = "broken-json-password-" + unique("p");
    secrets.add(broken);
    http.post(
        "/admin/v1/login",
        "{\"username\":\"admin\",\"password\":\"" + broken + "\"",
        new String[0]);
    String shortOne = "short-" + unique("p").substring(0, 3);
    secrets.add(shortOne);
    http.post(
        "/admin/v1/users",
        http.toJson(
            Map.of(
                "username",
                unique("z"),
                "password",
                shortOne,
                "role",
                "tenant-admin",
                "org_id",
                org)),
        Http.bearer(root));
    assertThat(http.get("/prometheus", operator()).status()).isEqualTo(200);

    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : List.copyOf(LOG.list)) {
      lines.add(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        lines.add(String.valueOf(t.getMessage()));
      }
      event.getMDCPropertyMap().values().forEach(lines::add);
    }
    assertThat(lines).as("something was logged at all").hasSizeGreaterThan(10);
    for (String secret : secrets) {
      assertThat(lines)
          .as("no log line holds a secret")
          .noneMatch(line -> line != null && line.contains(secret));
    }
  }
}
