package dev.engram.tools;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Engram started as its own process on a fresh data directory, as {@code ./engram run} starts it,
 * so benchmarks measure the server over HTTP and its resident memory alone.
 */
final class BenchServer implements AutoCloseable {
  static final String ADMIN_PASSWORD = "bench-admin-password";
  private static final String APPLICATION_CLASS = "dev/engram/api/Engram.class";
  private static final Pattern KEY = Pattern.compile("Demo API key:\\s+(eng_\\S+)");

  private volatile Process process;
  private final OnInterrupt.Registration onInterrupt = OnInterrupt.register(this::stop);
  private final URI base;
  private final String apiKey;
  private int realtimePort;
  private ProcessBuilder builder;
  private volatile boolean lastStopGraceful = true;

  /** How long a stop may take before the process is killed. */
  static final long STOP_WAIT_S = 120;

  private static final long HEALTH_WAIT_MIN = 30;

  /** Whether the last {@link #restart()} stopped the process within its time, or had to kill it. */
  boolean lastStopGraceful() {
    return lastStopGraceful;
  }

  private BenchServer(Process process, URI base, String apiKey) {
    this.process = process;
    this.base = base;
    this.apiKey = apiKey;
  }

  /**
   * The launcher's JVM options for the server (see the {@code engram} script): the heap capped at
   * {@code ENGRAM_HEAP} (default 1g), bounded metaspace and code cache; then the options in {@code
   * ENGRAM_BENCH_SERVER_OPTS} (e.g. {@code -XX:StartFlightRecording=filename=/tmp/s.jfr} or a
   * larger {@code -Xmx} for a 1M run), which come last and win.
   */
  static final List<String> JVM_OPTIONS = serverOptions(System.getenv());

  static List<String> serverOptions(Map<String, String> env) {
    List<String> options =
        new ArrayList<>(
            List.of(
                "--enable-native-access=ALL-UNNAMED",
                "--add-modules",
                "jdk.incubator.vector",
                "-Dai.djl.offline=true",
                "--sun-misc-unsafe-memory-access=allow",
                "-XX:+UseG1GC",
                "-Xms256m",
                "-Xmx" + env.getOrDefault("ENGRAM_HEAP", "1g"),
                "-XX:MaxMetaspaceSize=256m",
                "-XX:ReservedCodeCacheSize=128m",
                "-XX:G1PeriodicGCInterval=60000"));
    String extra = env.getOrDefault("ENGRAM_BENCH_SERVER_OPTS", "").strip();
    if (!extra.isEmpty()) {
      options.addAll(List.of(extra.split("\\s+")));
    }
    return List.copyOf(options);
  }

  static BenchServer start(Path home, List<String> jvmOptions)
      throws IOException, InterruptedException {
    return start(home, jvmOptions, Map.of());
  }

  /** As {@link #start(Path, List)}, with more environment variables for the server. */
  static BenchServer start(Path home, List<String> jvmOptions, Map<String, String> env)
      throws IOException, InterruptedException {
    return start(home, jvmOptions, env, false);
  }

  /**
   * Starts the server on a data directory an earlier benchmark loaded and kept ({@code --home
   * DIR}). Such a server prints no demo key (the demo tenant exists already), so this one signs in
   * as the benchmark's admin and issues a new key for the demo app.
   */
  static BenchServer startExisting(Path home, List<String> jvmOptions)
      throws IOException, InterruptedException {
    return start(home, jvmOptions, Map.of(), true);
  }

  private static BenchServer start(
      Path home, List<String> jvmOptions, Map<String, String> env, boolean existing)
      throws IOException, InterruptedException {
    int port;
    int realtimePort;
    try (ServerSocket socket = new ServerSocket(0);
        ServerSocket realtime = new ServerSocket(0)) {
      port = socket.getLocalPort();
      realtimePort = realtime.getLocalPort();
    }
    Path jar = applicationJar();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-Djava.io.tmpdir=" + home.resolve("tmp"));
    command.add("-jar");
    command.add(jar.toString());
    Files.createDirectories(home.resolve("tmp"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("ENGRAM_HOME", home.toString());
    builder.environment().put("ENGRAM_PORT", Integer.toString(port));
    // the realtime gateway on a free port too (a running ./engram run holds 8081)
    builder.environment().put("ENGRAM_REALTIME_PORT", Integer.toString(realtimePort));
    builder.environment().put("ENGRAM_REALTIME_MAX_CONNECTIONS_PER_KEY", "100000");
    builder.environment().put("ENGRAM_BOOTSTRAP_DEMO", "true");
    // known, so the data directory can be inspected afterwards with ./engram run
    builder.environment().put("ENGRAM_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().put("DJL_CACHE_DIR", home.resolve("djl").toString());
    // as ./engram run: two glibc malloc arenas instead of one per native thread
    builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    builder.environment().putAll(env);
    Process process = builder.start();
    CompletableFuture<String> key = new CompletableFuture<>();
    drain(process, key);
    URI base = URI.create("http://127.0.0.1:" + port);
    try {
      String apiKey;
      if (existing) {
        awaitHealthy(process, base);
        apiKey = demoKey(base);
      } else {
        apiKey = key.get(180, TimeUnit.SECONDS);
        awaitHealthy(process, base);
      }
      BenchServer server = new BenchServer(process, base, apiKey);
      server.realtimePort = realtimePort;
      server.builder = builder;
      return server;
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("the Engram server did not start: " + e.getMessage(), e);
    }
  }

  /** Reads the server's output: its demo key, and ERROR lines shown on this process's stderr. */
  private static void drain(Process process, CompletableFuture<String> key) {
    Thread reader =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try (BufferedReader lines =
                          new BufferedReader(
                              new InputStreamReader(
                                  process.getInputStream(), StandardCharsets.UTF_8));
                      PrintStream copy = serverLogCopy()) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                      if (copy != null) {
                        copy.println(line);
                      }
                      Matcher m = KEY.matcher(line);
                      if (m.find()) {
                        key.complete(m.group(1));
                      }
                      if (line.contains("ERROR")) {
                        System.err.println("server: " + line);
                      }
                    }
                  } catch (IOException e) {
                    key.completeExceptionally(e);
                  }
                  key.completeExceptionally(
                      new IllegalStateException("the server exited before printing its key"));
                });
    reader.setName("bench-server-output");
  }

  /**
   * Where the server's whole output is copied when {@code ENGRAM_BENCH_SERVER_LOG} names a file
   * (appended to, so a restarted server's output follows); null otherwise.
   */
  private static @Nullable PrintStream serverLogCopy() throws IOException {
    String file = System.getenv("ENGRAM_BENCH_SERVER_LOG");
    if (file == null || file.isBlank()) {
      return null;
    }
    return new PrintStream(
        Files.newOutputStream(Path.of(file), StandardOpenOption.CREATE, StandardOpenOption.APPEND),
        true,
        StandardCharsets.UTF_8);
  }

  /**
   * Stops the server gracefully (SIGTERM, as an orchestrator does) and starts it again on the same
   * data directory and ports; returns once its {@code /health} answers. The time it was down, in
   * milliseconds.
   */
  long restart() throws IOException, InterruptedException {
    return restart(false);
  }

  /** As {@link #restart()}; with {@code kill}, SIGKILL instead (a crash: nothing runs at exit). */
  long restart(boolean kill) throws IOException, InterruptedException {
    long stopped = System.nanoTime();
    if (kill) {
      process.destroyForcibly().waitFor();
      lastStopGraceful = false;
    } else {
      process.destroy();
      lastStopGraceful = process.waitFor(STOP_WAIT_S, TimeUnit.SECONDS);
      if (!lastStopGraceful) {
        process.destroyForcibly().waitFor();
      }
    }
    process = builder.start();
    drain(process, new CompletableFuture<>());
    awaitHealthy(process, base);
    return (System.nanoTime() - stopped) / 1_000_000;
  }

  /** A new key of the demo app, issued by the benchmark's admin through the console API. */
  private static String demoKey(URI base) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    String token =
        call(
                client,
                base,
                "POST",
                "/admin/v1/login",
                null,
                Map.of("username", "admin", "password", ADMIN_PASSWORD))
            .get("access_token")
            .asText();
    String org = named(call(client, base, "GET", "/admin/v1/orgs", token, null), "demo");
    String app =
        named(call(client, base, "GET", "/admin/v1/orgs/" + org + "/apps", token, null), "demo");
    return call(
            client,
            base,
            "POST",
            "/admin/v1/apps/" + app + "/keys",
            token,
            Map.of("name", "bench-" + System.currentTimeMillis()))
        .get("key")
        .asText();
  }

  private static String named(JsonNode list, String name) {
    for (JsonNode item : list) {
      if (name.equals(item.path("name").asText())) {
        return item.get("id").asText();
      }
    }
    throw new IllegalStateException("no '" + name + "' in " + list);
  }

  private static JsonNode call(
      HttpClient client, URI base, String method, String path, String token, Object body)
      throws IOException, InterruptedException {
    BenchHttp.Answer answer =
        BenchHttp.send(
            client, base, method, path, body, Duration.ofSeconds(30), BenchHttp.bearer(token));
    if (!answer.ok()) {
      throw answer.refused();
    }
    return answer.json();
  }

  /** The application jar on the class path ({@code ./engram} puts it next to the tools jar). */
  private static Path applicationJar() {
    URL main = ClassLoader.getSystemResource(APPLICATION_CLASS);
    if (main == null || !main.getProtocol().equals("jar")) {
      throw new IllegalStateException(
          "the application jar (api/target/engram.jar) is not on the class path");
    }
    String location = main.getPath();
    return Path.of(URI.create(location.substring(0, location.indexOf("!/"))));
  }

  /**
   * Waits for {@code /health} while the process lives: a start on a large kept directory compacts
   * the H2 file first (a 7.6 GB file of a million memories: under 30 s here, longer on slower
   * disks).
   */
  private static void awaitHealthy(Process process, URI base)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(HEALTH_WAIT_MIN);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited with " + process.exitValue());
      }
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(base.resolve("/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("no healthy /health within " + HEALTH_WAIT_MIN + " min");
  }

  URI base() {
    return base;
  }

  String apiKey() {
    return apiKey;
  }

  /** The port of the realtime gateway inside the server process. */
  int realtimePort() {
    return realtimePort;
  }

  /**
   * CPU time the server process has used so far, in all and by thread kind ({@link ThreadCpu}). The
   * CPU a stage costs does not depend on what else the machine runs, as its wall time does: on a
   * loaded machine it is the figure that compares.
   */
  ThreadCpu.Reading cpu() {
    return ThreadCpu.read(process.toHandle());
  }

  /** Resident set size of the server process, in MiB (Linux /proc). */
  double rssMb() {
    return statusMb("VmRSS:");
  }

  /**
   * The part of the resident set that is the process's own memory (heap, native allocations,
   * stacks), in MiB; the rest ({@code RssFile}) is pages of mapped files — the index — that the
   * kernel can drop and read again.
   */
  double rssAnonMb() {
    return statusMb("RssAnon:");
  }

  private double statusMb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  @Override
  public void close() {
    onInterrupt.close();
    stop();
  }

  private void stop() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
