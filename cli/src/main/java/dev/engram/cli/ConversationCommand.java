package dev.engram.cli;

import dev.engram.sdk.Engram;
import dev.engram.sdk.model.Message;
import dev.engram.sdk.model.Queued;
import dev.engram.sdk.model.Task;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code engram conversation add --file F --user U}. */
@Command(
    name = "conversation",
    mixinStandardHelpOptions = true,
    description = "Queue conversations for extraction.",
    subcommands = ConversationCommand.Add.class)
final class ConversationCommand extends Group {
  ConversationCommand() {}

  /** Prints a queued task, or waits for it and prints what it did. */
  static int report(Context context, Engram engram, Queued queued, boolean await, boolean json) {
    if (!await) {
      if (json) {
        context.json(queued);
      } else {
        context.out().println("queued task " + queued.taskId());
      }
      return ExitCode.OK;
    }
    Task task = engram.waitFor(queued.taskId(), Duration.ofMinutes(2));
    if (json) {
      context.json(task);
    } else {
      MemoryCommand.printTask(context, task);
    }
    return ExitCode.OK;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Queue a conversation for extraction and resolution against the user's memories.",
        "FILE (- for standard input): a JSON array of {\"role\", \"content\"} messages, JSON"
            + " lines of them, or text lines role: content."
      })
  static final class Add extends ApiCommand {
    @Option(
        names = {"-f", "--file"},
        required = true,
        paramLabel = "FILE")
    String file;

    @Option(
        names = {"-u", "--user", "--user-id"},
        required = true)
    String user;

    @Option(names = {"-s", "--session", "--session-id"})
    String session;

    @Option(names = "--agent")
    String agent;

    @Option(names = "--wait", description = "wait for the extraction and show what it did")
    boolean await;

    Add(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      List<Message> messages = Inputs.messages(file, context.in());
      Queued queued = engram.addConversation(user, messages, session, agent, true);
      return report(context, engram, queued, await, json());
    }
  }
}
