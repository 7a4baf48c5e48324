package dev.engram.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Console sign-in through Keycloak in a real browser ({@code admin-ui/e2e/oidc.mjs}: chromium via
 * playwright-core): "Sign in with Keycloak", Keycloak's own login page and its request for a new
 * password (Engram provisions temporary passwords by default), back on the page asked for, then
 * sign out at Keycloak too. Skipped only where chromium is not installed.
 */
@MicronautTest(transactional = false)
class KeycloakConsoleBrowserIT extends ApiTestSupport {
  private static final Path UI = Path.of("..", "admin-ui").toAbsolutePath().normalize();
  private static final String PASSWORD = "a long enough password";

  private final KeycloakServer keycloak = KeycloakServer.get();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("engram.oidc.issuer", keycloak.issuer());
    properties.put("engram.oidc.provisioning-client-secret", KeycloakServer.PROVISIONER_SECRET);
    return properties;
  }

  @Test
  void signsInAndOutThroughKeycloakInABrowser() throws Exception {
    Optional<Path> chromium =
        Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();
    Assumptions.assumeTrue(chromium.isPresent(), "chromium is not installed");
    String username = unique("browser");
    createUser(adminToken(), username, "platform-admin", null);
    keycloak.allowConsoleRedirect(server.getURI().resolve("/admin/*").toString());

    ProcessBuilder builder =
        new ProcessBuilder("node", "e2e/oidc.mjs").directory(UI.toFile()).redirectErrorStream(true);
    builder.environment().put("ENGRAM_URL", server.getURI().toString());
    builder.environment().put("KC_USERNAME", username);
    builder.environment().put("KC_PASSWORD", PASSWORD);
    builder
        .environment()
        .put(
            "SCREENSHOT_DIR", Path.of("target", "console-screenshots").toAbsolutePath().toString());
    builder.environment().put("CHROMIUM", chromium.get().toString());
    Process e2e = builder.start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(e2e.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        System.out.println(line);
        output.append(line).append('\n');
      }
      assertThat(e2e.waitFor(3, TimeUnit.MINUTES)).as("the browser run ends").isTrue();
      assertThat(e2e.exitValue()).as("oidc.mjs failed:%n%s", output).isZero();
    } finally {
      e2e.destroyForcibly();
    }
  }
}
