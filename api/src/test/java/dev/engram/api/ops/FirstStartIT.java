package dev.engram.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.Http;
import dev.engram.api.testing.TemporaryDirectories;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Starts the real application on an empty data directory, as {@code ./engram run} does. */
class FirstStartIT {
  private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)\\s+\\(shown once");
  private static final Pattern KEY = Pattern.compile("Demo API key:\\s+(eng_\\S+)");
  private static final Pattern CURL =
      Pattern.compile("curl -s -H 'Authorization: Bearer (eng_\\S+)' (\\S+)");

  private record Started(String output, EmbeddedServer server) {}

  private static Started start(Map<String, Object> properties) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
      return new Started(captured.toString(StandardCharsets.UTF_8), server);
    } finally {
      System.setOut(original);
    }
  }

  private static Map<String, Object> embeddedDefaults(Path home) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("engram.home", home.toString());
    properties.put("micronaut.server.port", -1);
    return properties;
  }

  @Test
  void firstStartPrintsAWorkingDemoKeyAndAdminPasswordOnce() throws IOException {
    String password;
    Path fresh = TemporaryDirectories.create("engram-first-start-");
    Started started = start(embeddedDefaults(fresh));
    try (EmbeddedServer server = started.server()) {
      Http http =
          new Http(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
      Matcher key = KEY.matcher(started.output());
      Matcher curl = CURL.matcher(started.output());
      Matcher pw = PASSWORD.matcher(started.output());
      assertThat(key.find()).as(started.output()).isTrue();
      assertThat(curl.find()).isTrue();
      assertThat(pw.find()).isTrue();
      password = pw.group(1);

      assertThat(curl.group(1)).isEqualTo(key.group(1));
      assertThat(curl.group(2)).isEqualTo(server.getURI() + "/v1/whoami");
      Http.Response whoami = http.get("/v1/whoami", Http.bearer(key.group(1)));
      assertThat(whoami.status()).isEqualTo(200);
      assertThat(whoami.text("org.name")).isEqualTo("demo");
      assertThat(whoami.text("app.name")).isEqualTo("demo");
      assertThat(
              http.post(
                      "/admin/v1/login",
                      "{\"username\":\"admin\",\"password\":\"" + password + "\"}")
                  .status())
          .isEqualTo(200);
    }

    Started again = start(embeddedDefaults(fresh));
    try (EmbeddedServer server = again.server()) {
      Http http =
          new Http(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
      assertThat(again.output()).doesNotContain("first start").doesNotContain("eng_");
      assertThat(
              http.post(
                      "/admin/v1/login",
                      "{\"username\":\"admin\",\"password\":\"" + password + "\"}")
                  .status())
          .isEqualTo(200);
    }
  }

  @Test
  void configuredAdminPasswordIsUsedAndNeverPrinted() throws IOException {
    Map<String, Object> properties = embeddedDefaults(TemporaryDirectories.create("engram-pw-"));
    properties.put("engram.bootstrap.admin-password", "configured-secret-123");
    properties.put("engram.bootstrap.demo", false);
    Started started = start(properties);
    try (EmbeddedServer server = started.server()) {
      Http http =
          new Http(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
      assertThat(started.output())
          .contains("ENGRAM_BOOTSTRAP_ADMIN_PASSWORD")
          .doesNotContain("configured-secret-123")
          .doesNotContain("Demo API key");
      assertThat(
              http.post(
                      "/admin/v1/login",
                      "{\"username\":\"admin\",\"password\":\"configured-secret-123\"}")
                  .status())
          .isEqualTo(200);
    }
  }
}
