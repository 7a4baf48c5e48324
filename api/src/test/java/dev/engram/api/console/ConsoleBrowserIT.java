package dev.engram.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The web console end to end in a real browser: {@code admin-ui/e2e/e2e.mjs} (playwright-core
 * driving Debian's chromium) against this whole application on embedded defaults with a temporary
 * data directory. Sign in, create an organization, an app and a key, store memories with the key,
 * find them in the memory browser, open the evolution graph, revoke the key, and a viewer without
 * write controls; axe-core checks each page. Screenshots go to {@code
 * api/target/console-screenshots}. Skipped only where chromium is not installed.
 */
@MicronautTest(transactional = false)
class ConsoleBrowserIT extends ApiTestSupport {
  private static final Path UI = Path.of("..", "admin-ui").toAbsolutePath().normalize();

  @Test
  void theConsoleWorksInABrowser() throws Exception {
    Optional<Path> chromium =
        Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();
    Assumptions.assumeTrue(
        chromium.isPresent(),
        "chromium is not installed (Debian: apt-get install chromium); the console's browser"
            + " test is skipped");
    assertThat(UI.resolve("node_modules/playwright-core"))
        .as("admin-ui's dependencies (the admin-ui module's build runs npm ci)")
        .isDirectory();

    Path shots = Path.of("target", "console-screenshots").toAbsolutePath();
    ProcessBuilder builder =
        new ProcessBuilder("node", "e2e/e2e.mjs").directory(UI.toFile()).redirectErrorStream(true);
    builder.environment().put("ENGRAM_URL", server.getURI().toString());
    builder.environment().put("ENGRAM_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().put("SCREENSHOT_DIR", shots.toString());
    builder.environment().put("CHROMIUM", chromium.get().toString());
    Process e2e = builder.start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(e2e.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        System.out.println(line); // the figures and steps, in the build's output
        output.append(line).append('\n');
      }
      assertThat(e2e.waitFor(5, TimeUnit.MINUTES)).as("the e2e run ends").isTrue();
      assertThat(e2e.exitValue()).as("e2e.mjs failed:%n%s", output).isZero();
    } finally {
      e2e.destroyForcibly();
    }
    assertThat(shots.resolve("memory-detail.png")).isRegularFile();
  }
}
