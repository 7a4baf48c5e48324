package dev.engram.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.sdk.AuthenticationException;
import dev.engram.sdk.Engram;
import dev.engram.sdk.EngramException;
import dev.engram.sdk.PermissionDeniedException;
import dev.engram.sdk.model.WhoAmI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code engram health}, {@code engram info}, {@code engram completion}. */
final class ServerCommands {
  private ServerCommands() {}

  @Command(
      name = "health",
      mixinStandardHelpOptions = true,
      description = "Is the server up? Exit 0 when it is, 5 when it is down or unreachable.")
  static final class Health extends ApiCommand {
    Health(Context context) {
      super(context);
    }

    @Override
    boolean needsKey() {
      return false;
    }

    @Override
    int run(Engram engram) {
      JsonNode health = engram.health();
      String status = health.path("status").asText("UNKNOWN");
      if (json()) {
        context.json(health);
      } else {
        context.out().println(status + " " + engram.baseUrl());
      }
      return "UP".equalsIgnoreCase(status) ? ExitCode.OK : ExitCode.UNAVAILABLE;
    }
  }

  @Command(
      name = "info",
      mixinStandardHelpOptions = true,
      description = "Where the CLI points, the server's state, and what the API key stands for.")
  static final class Info extends ApiCommand {
    Info(Context context) {
      super(context);
    }

    @Override
    boolean needsKey() {
      return false;
    }

    @Override
    int run(Engram engram) {
      Context.Settings settings = context.settings(options);
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("url", settings.url());
      info.put("url_from", settings.source());
      info.put("cli_version", Engram.VERSION);
      info.put("java", Runtime.version().toString());
      int code = ExitCode.OK;
      try {
        info.put("server", engram.health().path("status").asText("UNKNOWN"));
      } catch (EngramException e) {
        info.put("server", "unreachable: " + e.getMessage());
        code = ExitCode.UNAVAILABLE;
      }
      if (settings.apiKey().isEmpty()) {
        info.put("key", "none (set ENGRAM_API_KEY)");
      } else if (code == ExitCode.OK) {
        try {
          WhoAmI me = engram.whoami();
          info.put("org", me.org().name() + " (" + me.org().id() + ")");
          info.put("app", me.app().name() + " (" + me.app().id() + ")");
          info.put("key", me.keyId());
          info.put("scopes", String.join(" ", me.scopes()));
        } catch (AuthenticationException | PermissionDeniedException e) {
          info.put("key", "rejected: " + e.getMessage());
          code = ExitCode.AUTH;
        }
      }
      if (json()) {
        context.json(info);
      } else {
        Table table = new Table("FIELD", "VALUE");
        info.forEach(table::row);
        table.print(context.out());
      }
      return code;
    }
  }

  @Command(
      name = "completion",
      mixinStandardHelpOptions = true,
      description = {
        "Print the shell completion script (bash; zsh after bashcompinit).",
        "  source <(./engram completion)"
      })
  static final class Completion implements Callable<Integer> {
    @Spec CommandSpec spec;

    private final Context context;

    Completion(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.out().print(AutoComplete.bash("engram", spec.root().commandLine()));
      context.out().flush();
      return ExitCode.OK;
    }
  }
}
