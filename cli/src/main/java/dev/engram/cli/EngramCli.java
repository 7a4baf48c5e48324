package dev.engram.cli;

import dev.engram.sdk.Engram;
import dev.engram.sdk.EngramException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code engram}: Engram from the command line, over the Java SDK. {@link #run} is the whole
 * program for a given environment and streams; {@link #main} runs it for this process.
 */
@Command(
    name = "engram",
    mixinStandardHelpOptions = true,
    versionProvider = EngramCli.Version.class,
    description = "Engram from the command line: memories, agents, conversations, the server.",
    subcommands = {
      MemoryCommand.class,
      AgentCommand.class,
      ConversationCommand.class,
      EntityCommand.class,
      TransferCommands.Export.class,
      TransferCommands.Import.class,
      ServerCommands.Health.class,
      ServerCommands.Info.class,
      ServerCommands.Completion.class,
      DaemonCommand.class,
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 refused by the API or bad input file, 2 usage error, 3 not found"
          + " (daemon status: not running), 4 no key / authentication / permission, 5 server"
          + " error, unhealthy or unreachable."
    })
public final class EngramCli extends Group {
  EngramCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err, System.in));
  }

  /** Runs one command line; returns its exit code. */
  public static int run(
      String[] args, Map<String, String> env, PrintStream out, PrintStream err, InputStream in) {
    Context context = new Context(env, out, err, in);
    CommandLine cli = commandLine(context);
    return cli.execute(args);
  }

  static CommandLine commandLine(Context context) {
    CommandLine cli = new CommandLine(new EngramCli(), factory(context));
    cli.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler(
        (error, commandLine, parseResult) -> {
          context.err().println("engram: " + describe(error));
          return ExitCode.of(error);
        });
    return cli;
  }

  private static String describe(Exception error) {
    if (error instanceof EngramException e) {
      StringBuilder text = new StringBuilder();
      if (e.status() > 0) {
        text.append(e.status()).append(' ');
      }
      e.code().ifPresent(code -> text.append(code).append(": "));
      text.append(e.getMessage());
      e.field().ifPresent(field -> text.append(" (field: ").append(field).append(')'));
      e.requestId().ifPresent(id -> text.append(" [request ").append(id).append(']'));
      return text.toString();
    }
    if (error instanceof ExitCode.CliException) {
      return error.getMessage();
    }
    return error.toString();
  }

  /** Builds commands, passing the context to those whose constructor takes one. */
  private static CommandLine.IFactory factory(Context context) {
    CommandLine.IFactory fallback = CommandLine.defaultFactory();
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
          Class<?>[] parameters = constructor.getParameterTypes();
          if (parameters.length == 1 && parameters[0] == Context.class) {
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance(context));
          }
        }
        return fallback.create(type);
      }
    };
  }

  /** {@code engram --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"engram CLI " + Engram.VERSION + " (Java SDK " + Engram.VERSION + ")"};
    }
  }
}
