package dev.engram.api.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.sdk.Commands.Run;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.api.testing.TemporaryDirectories;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Python SDK ({@code sdks/python}) as its users get it: the wheel built with Debian's
 * python3-build and hatchling, installed into a fresh virtual environment (no index, no network),
 * and its pytest suite run against this Engram with a key that has every scope; then seed 001's
 * customer-support example ({@code examples/python/customer_support.py}) runs end to end.
 */
@MicronautTest(transactional = false)
class PythonSdkIT extends ApiTestSupport {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String PYTHON = System.getProperty("engram.python", "/usr/bin/python3");
  private static final List<String> ALL_SCOPES =
      List.of("memories:read", "memories:write", "analytics:read", "analytics:write", "admin");

  /** Python modules the build and the tests need, and the Debian package of each. */
  private static final Map<String, String> MODULES =
      Map.of(
          "httpx", "python3-httpx",
          "pytest", "python3-pytest",
          "build", "python3-build",
          "hatchling", "python3-hatchling",
          "ensurepip", "python3-venv",
          "pip", "python3-pip");

  private String key;
  private String readOnlyKey;
  private Path work;
  private Path venvPython;

  @BeforeAll
  void setUp() throws Exception {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String app = createApp(root, createOrg(root, unique("python-sdk-org")), "python-sdk");
    key = createKeySecret(root, app, ALL_SCOPES);
    readOnlyKey = createKeySecret(root, app, List.of("memories:read"));
    requirePythonModules();
    work = TemporaryDirectories.create("engram-python-sdk-");
    venvPython = installWheel(work);
  }

  @AfterAll
  void removeWheelAndVenv() throws IOException {
    Commands.deleteTree(work);
  }

  @Test
  void theSdksOwnTestsPassAgainstThisEngramUsingTheInstalledWheel() throws Exception {
    Run run =
        withEngram(
            "pytest",
            venvPython.toString(),
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-rs",
            "sdks/python/tests");
    assertThat(run.exitCode()).as("pytest exit code; output:%n%s", run.output()).isZero();
    assertThat(run.output())
        .as("the tests import the package installed from the wheel, not the source tree")
        .contains("engram SDK 0.1.0 from " + venvPython.getParent().getParent());
    Matcher summary =
        Pattern.compile(
                "(?m)^[= ]*(\\d+ (?:passed|failed|skipped|errors?|warnings?|deselected)[^\\n]*?)"
                    + " in [\\d.]+s")
            .matcher(run.output());
    assertThat(summary.find()).as("a pytest summary line in:%n%s", run.output()).isTrue();
    String line = summary.group(1);
    assertThat(count(line, "passed")).as(line).isGreaterThan(40);
    assertThat(count(line, "failed")).as(line).isZero();
    assertThat(count(line, "error")).as(line).isZero();
    assertThat(count(line, "skipped"))
        .as("no test may skip inside ./engram test: " + line)
        .isZero();
  }

  @Test
  void theCustomerSupportExampleRunsTheSeedWorkflowEndToEnd() throws Exception {
    Run run =
        withEngram(
            "example",
            venvPython.toString(),
            "examples/python/customer_support.py",
            unique("customer"));
    assertThat(run.exitCode()).as("example exit code; output:%n%s", run.output()).isZero();
    assertThat(run.output())
        .contains("warm_up: ok")
        .containsPattern("ingestion: task \\S+ succeeded, [1-9]\\d* memories added")
        .contains("search: ")
        .contains("User prefers express shipping")
        .containsPattern("answer \\((rules|llm)\\): ")
        .contains("User lives in Lisbon")
        .containsPattern("ingestion: task \\S+ succeeded, [1-9]\\d* memories updated")
        .contains("evolution: 2 versions: User lives in Lisbon [superseded] -> ")
        .contains("# Evolution report:")
        .contains("pool: {")
        .endsWith("done\n");
  }

  private static void requirePythonModules() throws IOException, InterruptedException {
    assertThat(Path.of(PYTHON))
        .as(
            "the Python SDK is built and tested with Debian's python3 (%s); install python3",
            PYTHON)
        .exists();
    String probe =
        "import importlib.util\n"
            + "print(' '.join(m for m in "
            + MODULES.keySet().stream().map(m -> "'" + m + "'").toList()
            + " if importlib.util.find_spec(m) is None))";
    Process process = new ProcessBuilder(PYTHON, "-c", probe).redirectErrorStream(true).start();
    String missing =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> packages =
        missing.isEmpty()
            ? List.of()
            : Stream.of(missing.split("\\s+")).map(m -> MODULES.getOrDefault(m, m)).toList();
    assertThat(packages)
        .as(
            "%s lacks Python modules [%s]; install the Debian packages: apt-get install %s",
            PYTHON, missing, String.join(" ", packages))
        .isEmpty();
  }

  /** Builds the wheel into a temporary directory and installs it into a new virtualenv. */
  private static Path installWheel(Path work) throws IOException, InterruptedException {
    Path dist = work.resolve("dist");
    // hatchling's own requirement 'editables' (for editable installs only) is not packaged for
    // Debian 12: the dependency check would refuse the build, so it is skipped
    Run build =
        run(
            "build",
            Map.of(),
            PYTHON,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--skip-dependency-check",
            "--outdir",
            dist.toString(),
            "sdks/python");
    assertThat(build.exitCode()).as("wheel build:%n%s", build.output()).isZero();
    List<Path> wheels;
    try (Stream<Path> files = Files.list(dist)) {
      wheels = files.filter(p -> p.toString().endsWith(".whl")).toList();
    }
    assertThat(wheels).as("one wheel in %s", dist).hasSize(1);

    Path venv = work.resolve("venv");
    // the system site packages give httpx and pytest; pip comes from there too (no ensurepip)
    Run created =
        run(
            "venv",
            Map.of(),
            PYTHON,
            "-m",
            "venv",
            "--system-site-packages",
            "--without-pip",
            venv.toString());
    assertThat(created.exitCode()).as("venv:%n%s", created.output()).isZero();
    Path python = venv.resolve("bin/python");
    Run installed =
        run(
            "pip",
            Map.of(),
            python.toString(),
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            wheels.get(0).toString());
    assertThat(installed.exitCode()).as("pip install:%n%s", installed.output()).isZero();
    return python;
  }

  /** Runs a command with ENGRAM_URL and the keys of this test's app in its environment. */
  private Run withEngram(String label, String... command) throws IOException, InterruptedException {
    String url = server.getURI().toString().replaceAll("/$", "");
    return run(
        label,
        Map.of("ENGRAM_URL", url, "ENGRAM_API_KEY", key, "ENGRAM_READ_ONLY_API_KEY", readOnlyKey),
        command);
  }

  /** Runs a command in the repository root, streaming its output to the test log. */
  private static Run run(String label, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    builder.environment().remove("PYTHONPATH");
    builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    builder.environment().put("PYTHONUNBUFFERED", "1");
    builder.environment().putAll(env);
    return Commands.run(label, builder);
  }

  private static int count(String summary, String word) {
    Matcher m = Pattern.compile("(\\d+) " + word).matcher(summary);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
