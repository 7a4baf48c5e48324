package dev.engram.api.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.TemporaryDirectories;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code ./engram daemon start|status|stop} as a user runs it: the application jar started in the
 * background on free ports with its own data directory, a pid file naming the live server, a log
 * file, and {@code ./engram health} answering while it runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaemonIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private Path home;
  private int port;
  private int realtimePort;

  @BeforeAll
  void setUp() throws IOException {
    assertThat(ROOT.resolve("api/target/engram.jar")).as("the application jar (package)").exists();
    assertThat(ROOT.resolve("cli/target/engram-cli.jar")).as("the CLI jar (package)").exists();
    home = TemporaryDirectories.create("engram-daemon-");
    port = freePort();
    realtimePort = freePort();
  }

  @AfterAll
  void stopAndClean() throws Exception {
    if (home == null) {
      return;
    }
    if (Files.exists(home.resolve("engram.pid"))) {
      engram("daemon", "stop");
    }
    try (Stream<Path> paths = Files.walk(home)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private record Run(int code, String output) {}

  private Run engram(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = ROOT.resolve("engram").toString();
    System.arraycopy(args, 0, command, 1, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    builder.redirectErrorStream(true);
    builder
        .environment()
        .putAll(
            Map.of(
                "ENGRAM_SKIP_BUILD", "1",
                "ENGRAM_HOME", home.toString(),
                "ENGRAM_PORT", Integer.toString(port),
                "ENGRAM_REALTIME_PORT", Integer.toString(realtimePort),
                "ENGRAM_LOG_LEVEL", "INFO"));
    builder.environment().remove("ENGRAM_URL");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(6, TimeUnit.MINUTES))
        .as("./engram %s", String.join(" ", args))
        .isTrue();
    System.out.println("$ ./engram " + String.join(" ", args) + " -> " + process.exitValue());
    System.out.print(output);
    return new Run(process.exitValue(), output);
  }

  @Test
  void startsTheServerInTheBackgroundAndStopsIt() throws Exception {
    Run before = engram("daemon", "status");
    assertThat(before.code()).isEqualTo(3);
    assertThat(before.output()).contains("not running");

    Run start = engram("daemon", "start", "--wait", "300");
    assertThat(start.code()).as(start.output()).isZero();
    assertThat(start.output())
        .contains("started Engram (pid ")
        .contains("http://localhost:" + port);
    Path pidFile = home.resolve("engram.pid");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    Optional<ProcessHandle> server = ProcessHandle.of(pid);
    assertThat(server).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
    assertThat(server.get().info().commandLine().orElse("")).contains("engram.jar");
    Path log = home.resolve("logs/engram.log");
    assertThat(log).isNotEmptyFile();

    assertThat(engram("daemon", "start").output()).contains("already running (pid " + pid + ")");
    Run status = engram("daemon", "status");
    assertThat(status.code()).isZero();
    assertThat(status.output()).contains("running (pid " + pid + ")").contains(": UP");
    Run health = engram("health", "--url", "http://127.0.0.1:" + port);
    assertThat(health.code()).isZero();
    assertThat(health.output()).startsWith("UP");

    Run stop = engram("daemon", "stop");
    assertThat(stop.code()).isZero();
    assertThat(stop.output()).contains("stopped (pid " + pid + ")");
    assertThat(pidFile).doesNotExist();
    assertThat(server.get().isAlive()).isFalse();

    Run after = engram("daemon", "status");
    assertThat(after.code()).isEqualTo(3);
    assertThat(engram("daemon", "stop").output()).contains("not running");
  }

  @Test
  void aStalePidFileIsReportedAndRemoved() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path pidFile = home.resolve("engram.pid");
    Files.writeString(pidFile, gone.pid() + "\n");
    try {
      Run status = engram("daemon", "status");
      assertThat(status.code()).isEqualTo(3);
      assertThat(status.output()).contains("stale pid file").contains("not running");
      assertThat(pidFile).doesNotExist();
    } finally {
      Files.deleteIfExists(pidFile);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
