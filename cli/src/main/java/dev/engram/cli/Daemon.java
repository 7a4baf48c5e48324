package dev.engram.cli;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The background server: started detached (its own session, output to the log file), its pid in the
 * pid file, its port beside it; stopped with SIGTERM (SIGKILL after a minute).
 */
final class Daemon {
  /** The command that runs the server in the foreground; ./engram sets it to "./engram run". */
  static final String COMMAND_VARIABLE = "ENGRAM_DAEMON_COMMAND";

  private static final Duration STOP_GRACE = Duration.ofSeconds(60);
  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private final Context context;
  private final int port;
  private final Path pidFile;
  private final Path portFile;
  private final Path logFile;

  Daemon(Context context, int port) {
    this.context = context;
    this.port = port;
    Path home = context.engramHome();
    this.pidFile = home.resolve("engram.pid");
    this.portFile = home.resolve("engram.port");
    this.logFile = home.resolve("logs").resolve("engram.log");
  }

  int start(Duration wait) {
    Optional<ProcessHandle> running = running();
    if (running.isPresent()) {
      context.out().println("already running (pid " + running.get().pid() + ")");
      return ExitCode.OK;
    }
    String command =
        context
            .env(COMMAND_VARIABLE)
            .orElseThrow(
                () ->
                    new ExitCode.CliException(
                        COMMAND_VARIABLE
                            + " is not set: start the daemon with ./engram daemon start"));
    Process process = launch(command);
    write(pidFile, Long.toString(process.pid()));
    write(portFile, Integer.toString(port));
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      if (healthy(port)) {
        context
            .out()
            .println(
                "started Engram (pid "
                    + process.pid()
                    + ") on http://localhost:"
                    + port
                    + ", log "
                    + logFile);
        return ExitCode.OK;
      }
      if (!process.isAlive()) {
        delete();
        context
            .err()
            .println(
                "the server exited with code "
                    + process.exitValue()
                    + " while starting; the end of "
                    + logFile
                    + ":");
        tail(20).forEach(context.err()::println);
        return ExitCode.UNAVAILABLE;
      }
      pause(Duration.ofMillis(500));
    }
    context
        .err()
        .println(
            "the server (pid "
                + process.pid()
                + ") does not answer on port "
                + port
                + " after "
                + wait.toSeconds()
                + " s; see "
                + logFile);
    return ExitCode.UNAVAILABLE;
  }

  int status() {
    Optional<ProcessHandle> running = running();
    if (running.isEmpty()) {
      context.out().println("not running");
      return ExitCode.NOT_FOUND;
    }
    int at = recordedPort();
    String state = healthy(at) ? "UP" : "not answering yet";
    context
        .out()
        .println(
            "running (pid "
                + running.get().pid()
                + ") on http://localhost:"
                + at
                + ": "
                + state
                + ", log "
                + logFile);
    return ExitCode.OK;
  }

  int stop() {
    Optional<ProcessHandle> running = running();
    if (running.isEmpty()) {
      context.out().println("not running");
      return ExitCode.OK;
    }
    ProcessHandle server = running.get();
    server.destroy();
    try {
      server.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException slow) {
      context.err().println("no exit after " + STOP_GRACE.toSeconds() + " s: killing it");
      server.destroyForcibly();
      server.onExit().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCode.FAILED;
    } catch (ExecutionException e) {
      throw new ExitCode.CliException("cannot wait for pid " + server.pid() + ": " + e);
    }
    delete();
    context.out().println("stopped (pid " + server.pid() + ")");
    return ExitCode.OK;
  }

  /** The process the pid file names, when it still runs; a stale pid file is removed. */
  private Optional<ProcessHandle> running() {
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip());
    } catch (IOException | NumberFormatException e) {
      delete();
      return Optional.empty();
    }
    Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (handle.isEmpty()) {
      context.err().println("removing the stale pid file " + pidFile + " (pid " + pid + ")");
      delete();
    }
    return handle;
  }

  private Process launch(String command) {
    List<String> argv = new ArrayList<>();
    // its own session: a Ctrl-C in the terminal that started it does not reach the server
    if (Files.isExecutable(SETSID)) {
      argv.add(SETSID.toString());
    }
    argv.addAll(List.of("/bin/sh", "-c", "exec " + command));
    ProcessBuilder builder = new ProcessBuilder(argv);
    builder.environment().clear();
    builder.environment().putAll(context.env());
    builder.environment().put("ENGRAM_PORT", Integer.toString(port));
    builder.environment().put("ENGRAM_HOME", context.engramHome().toString());
    builder.environment().put("ENGRAM_SKIP_BUILD", "1");
    builder.redirectErrorStream(true);
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    try {
      Files.createDirectories(logFile.getParent());
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      return builder.start();
    } catch (IOException e) {
      throw new ExitCode.CliException(
          "cannot start the server (" + command + "): " + e.getMessage());
    }
  }

  private static boolean healthy(int port) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private int recordedPort() {
    try {
      return Integer.parseInt(Files.readString(portFile, StandardCharsets.UTF_8).strip());
    } catch (IOException | NumberFormatException e) {
      return port;
    }
  }

  private List<String> tail(int lines) {
    try {
      List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      return all.subList(Math.max(0, all.size() - lines), all.size());
    } catch (IOException e) {
      return List.of("(no log: " + e.getMessage() + ")");
    }
  }

  private void delete() {
    try {
      Files.deleteIfExists(pidFile);
      Files.deleteIfExists(portFile);
    } catch (IOException e) {
      context.err().println("cannot remove " + pidFile + ": " + e.getMessage());
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExitCode.CliException("cannot write " + file + ": " + e.getMessage());
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
