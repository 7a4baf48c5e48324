package dev.engram.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.api.testing.TemporaryDirectories;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shell example of README.md and docs/*.md that calls {@code curl} runs with bash against
 * this Engram, file by file, with the placeholders docs/development.md (§ Shell examples) lists
 * filled in; an HTTP status of 400 or more or a non-zero exit fails the file's test. A block marked
 * {@code <!-- no-run: reason -->} is skipped and its reason printed.
 */
@MicronautTest(transactional = false)
class DocsExamplesIT extends ApiTestSupport {
  private static final List<String> SHELLS = List.of("bash", "sh", "shell");
  private static final Pattern CALLS_CURL = Pattern.compile("(?m)(^|[\\s($|])curl\\s");
  private static final Pattern KEY_ASSIGNMENT =
      Pattern.compile("(?m)^(\\s*[A-Za-z_][A-Za-z0-9_]*)=eng_(?:\\.\\.\\.|…)");
  private static final List<String> ALL_SCOPES =
      List.of("memories:read", "memories:write", "analytics:read", "analytics:write", "admin");

  /** Kinds of ids whose {@code <prefix>_…} placeholder is filled from earlier answers. */
  private static final String ID_PREFIXES =
      "mem task tses rsch rrun lev aud evt rte key org app usr";

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new LinkedHashMap<>(super.getProperties());
    // e-mail destinations of report schedules need an SMTP server to be accepted; none listens
    // here, so deliveries fail
    properties.put("engram.reports.smtp-host", "127.0.0.1");
    properties.put("engram.reports.smtp-port", "1");
    // the examples' callback, webhook and S3 targets (hooks.example.com, an AWS endpoint) do not
    // resolve here: accept them; their deliveries fail later, which the examples do not wait for
    properties.put(
        "engram.callbacks.allowed-hosts", "hooks.example.com,s3.eu-west-3.amazonaws.com");
    properties.put("engram.reports.allow-private-webhooks", "true");
    return properties;
  }

  @Test
  void theDocumentsHaveRunnableExamplesAndEverySkipSaysWhy() {
    int runnable = 0;
    for (Path file : Docs.files()) {
      for (Docs.Block block : Docs.blocks(file)) {
        if (isShellExample(block)) {
          if (block.noRun() == null) {
            runnable++;
          } else {
            assertThat(block.noRun())
                .as("reason of the no-run marker at " + block.where())
                .isNotBlank();
            System.out.println("not run: " + block.where() + ": " + block.noRun());
          }
        }
      }
    }
    assertThat(runnable).as("shell examples that run").isGreaterThan(15);
  }

  @TestFactory
  Stream<DynamicTest> everyShellExampleRunsAgainstARealEngram() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : Docs.files()) {
      List<Docs.Block> blocks =
          Docs.blocks(file).stream().filter(b -> isShellExample(b) && b.noRun() == null).toList();
      if (!blocks.isEmpty()) {
        tests.add(
            DynamicTest.dynamicTest(
                Docs.ROOT.relativize(file).toString(), () -> runExamples(file, blocks)));
      }
    }
    return tests.stream();
  }

  private static boolean isShellExample(Docs.Block block) {
    return SHELLS.contains(block.language()) && CALLS_CURL.matcher(block.text()).find();
  }

  private void runExamples(Path file, List<Docs.Block> blocks) throws Exception {
    String name = file.getFileName().toString().replace(".md", "").toLowerCase(Locale.ROOT);
    String token = adminToken();
    String org = createOrg(token, unique("docs-" + name));
    String app = createApp(token, org, "docs-" + name);
    Http.Response key = createKey(token, app, ALL_SCOPES);

    Map<String, String> env = new LinkedHashMap<>();
    env.put("ENGRAM_URL", server.getURI().toString());
    env.put("ENGRAM_API_KEY", key.text("key"));
    env.put("KEY", key.text("key"));
    env.put("K", key.text("key"));
    env.put("ADMIN_KEY", key.text("key"));
    env.put("KEY_ID", key.text("api_key.id"));
    env.put("TOKEN", token);
    env.put("CONSOLE_TOKEN", token);
    env.put("ORG", org);
    env.put("APP", app);
    env.put("APP_ID", app);
    env.put("ENGRAM_OPERATOR_TOKEN", OPERATOR_TOKEN);
    env.put("DOCS_HOSTPORT", server.getHost() + ":" + server.getPort());
    env.put("DOCS_GATEWAY", server.getHost() + ":" + gatewayPort());

    Path work = TemporaryDirectories.create("engram-docs-" + name + "-");
    try {
      Path script = work.resolve("examples.sh");
      Files.writeString(script, script(blocks), StandardCharsets.UTF_8);
      ProcessBuilder builder =
          new ProcessBuilder("bash", script.toString())
              .directory(work.toFile())
              .redirectErrorStream(true);
      builder.environment().putAll(env);
      builder.environment().put("LC_ALL", "C.UTF-8");
      Process process = builder.start();
      byte[] output;
      boolean finished;
      try (var in = process.getInputStream()) {
        output = in.readAllBytes();
        finished = process.waitFor(180, TimeUnit.SECONDS);
      }
      if (!finished) {
        process.destroyForcibly();
      }
      String text = new String(output, StandardCharsets.UTF_8);
      assertThat(finished).as("examples of %s finished in time; output:%n%s", file, text).isTrue();
      assertThat(process.exitValue())
          .as(
              "examples of %s (the block after the last '::block' line failed); output:%n%s",
              Docs.ROOT.relativize(file), text)
          .isZero();
    } finally {
      try (Stream<Path> paths = Files.walk(work)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  private int gatewayPort() {
    return server
        .getApplicationContext()
        .getProperty("engram.realtime.port", Integer.class)
        .orElse(8081);
  }

  /** One bash script for a file's examples: the curl wrapper, then each block after a marker. */
  static String script(List<Docs.Block> blocks) {
    StringBuilder script = new StringBuilder();
    script.append(
        """
        set -eE -o pipefail
        trap 'echo "::failed (exit $?): $BASH_COMMAND"' ERR
        __out=$(mktemp)
        __prefixes="%s"
        # curl as the examples write it, against the test's server: placeholders filled in,
        # HTTP errors fail, and ids of the answer remembered for the next <prefix>_… placeholder
        curl() {
          local a p v found rc=0
          local args=()
          for a in "$@"; do
            a=${a//localhost:8080/$DOCS_HOSTPORT}
            a=${a//localhost:8081/$DOCS_GATEWAY}
            a=${a//eng_…/$ENGRAM_API_KEY}
            for p in $__prefixes; do
              v=__last_$p
              if [ -n "${!v:-}" ]; then a=${a//${p}_…/${!v}}; fi
            done
            args+=("$a")
          done
          command curl -sS --fail-with-body --max-time 60 "${args[@]}" > "$__out" || rc=$?
          cat "$__out"
          for p in $__prefixes; do
            found=$(grep -aoE "\\b${p}_[A-Za-z0-9]{4,}" "$__out" | head -n 1 || true)
            if [ -n "$found" ]; then printf -v "__last_$p" '%%s' "$found"; fi
          done
          if [ "$rc" -ne 0 ]; then echo "::curl exit $rc: curl $*" >&2; fi
          return "$rc"
        }
        """
            .formatted(ID_PREFIXES));
    for (Docs.Block block : blocks) {
      String text = KEY_ASSIGNMENT.matcher(block.text()).replaceAll("$1=\"\\$ENGRAM_API_KEY\"");
      text = text.replace("<printed password>", ADMIN_PASSWORD);
      script.append("echo '::block ").append(block.where()).append("'\n");
      script.append(text).append('\n');
    }
    script.append("echo '::all examples ran'\n");
    return script.toString();
  }
}
