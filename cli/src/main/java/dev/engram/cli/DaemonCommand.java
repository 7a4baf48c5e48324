package dev.engram.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code engram daemon start|stop|status}: the server in the background. */
@Command(
    name = "daemon",
    mixinStandardHelpOptions = true,
    description = {
      "Run the server in the background: pid file ENGRAM_HOME/engram.pid, log file"
          + " ENGRAM_HOME/logs/engram.log (ENGRAM_HOME defaults to ~/.engram)."
    },
    subcommands = {DaemonCommand.Start.class, DaemonCommand.Stop.class, DaemonCommand.Status.class})
final class DaemonCommand extends Group {
  DaemonCommand() {}

  /** The options of the three subcommands. */
  abstract static class Base implements Callable<Integer> {
    @Option(names = "--port", description = "the server's port (default: ENGRAM_PORT, else 8080)")
    Integer port;

    @Option(
        names = "--wait",
        defaultValue = "180",
        paramLabel = "SECONDS",
        description = "how long start waits for the server to answer (default ${DEFAULT-VALUE})")
    int waitSeconds;

    final Context context;

    Base(Context context) {
      this.context = context;
    }

    Daemon daemon() {
      int p = port != null ? port : context.env("ENGRAM_PORT").map(Integer::parseInt).orElse(8080);
      return new Daemon(context, p);
    }
  }

  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description = "Start the server in the background and wait until it answers.")
  static final class Start extends Base {
    Start(Context context) {
      super(context);
    }

    @Override
    public Integer call() {
      return daemon().start(java.time.Duration.ofSeconds(waitSeconds));
    }
  }

  @Command(
      name = "stop",
      mixinStandardHelpOptions = true,
      description = "Stop the background server (SIGTERM, then SIGKILL after 60 s).")
  static final class Stop extends Base {
    Stop(Context context) {
      super(context);
    }

    @Override
    public Integer call() {
      return daemon().stop();
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Exit 0 when the background server runs, 3 when it does not.")
  static final class Status extends Base {
    Status(Context context) {
      super(context);
    }

    @Override
    public Integer call() {
      return daemon().status();
    }
  }
}
