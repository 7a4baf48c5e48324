package dev.engram.api.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code promtool check rules} and {@code promtool test rules} over {@code
 * infra/prometheus/alerts.yml} (Debian package {@code prometheus}). Skipped where promtool is not
 * installed.
 */
class PrometheusRulesTest {
  private static final Path DIR = InfraFiles.INFRA.resolve("prometheus");

  @Test
  void alertRulesAreValid() throws Exception {
    Result check = promtool("check", "rules", "alerts.yml");
    assertThat(check.output()).as(check.output()).contains("SUCCESS: 13 rules found");
    assertThat(check.exit()).isZero();
  }

  @Test
  void alertRulesFireAsTheirUnitTestsExpect() throws Exception {
    Result test = promtool("test", "rules", "alerts.test.yml");
    assertThat(test.output()).as(test.output()).contains("SUCCESS");
    assertThat(test.exit()).isZero();
  }

  private record Result(int exit, String output) {}

  private static Result promtool(String... arguments) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("promtool"));
    command.addAll(List.of(arguments));
    Process process;
    try {
      process =
          new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "promtool is not installed (Debian: apt-get install prometheus)");
      throw e;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
