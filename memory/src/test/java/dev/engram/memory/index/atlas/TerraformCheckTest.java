package dev.engram.memory.index.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code terraform/check/check.mjs}: every {@code .tf} file parses, is {@code terraform fmt}
 * clean, and names only resources and arguments of the pinned {@code mongodbatlas} provider
 * (1.41.1) — offline, with the npm packages {@code @cdktf/hcl2json}, {@code @cdktf/hcl-tools} and
 * {@code @cdktf/provider-mongodbatlas}. Skipped where no Node.js is installed.
 */
class TerraformCheckTest {
  private static final Path CHECK = Path.of("..", "terraform", "check").toAbsolutePath();

  @Test
  void terraformParsesIsFormattedAndMatchesTheProviderSchema() throws Exception {
    assumeTrue(runs(List.of("node", "--version")), "Node.js is not installed");
    if (!Files.isDirectory(CHECK.resolve("node_modules"))) {
      assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund")).exit()).isZero();
    }
    Result check = run(List.of("node", "check.mjs", ".."));

    assertThat(check.output()).as(check.output()).endsWith("terraform_check=ok\n");
    assertThat(check.exit()).isZero();
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(CHECK.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command + " finished").isTrue();
    return new Result(process.exitValue(), output);
  }

  private static boolean runs(List<String> command) {
    try {
      return run(command).exit() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
