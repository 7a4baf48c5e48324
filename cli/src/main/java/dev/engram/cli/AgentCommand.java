package dev.engram.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.engram.sdk.AgentMemory;
import dev.engram.sdk.Engram;
import dev.engram.sdk.Json;
import dev.engram.sdk.model.AgentMemories;
import dev.engram.sdk.model.Answer;
import dev.engram.sdk.model.Message;
import dev.engram.sdk.model.Profile;
import dev.engram.sdk.model.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code engram agent add|answer|profile}: what an agent does with memories. */
@Command(
    name = "agent",
    mixinStandardHelpOptions = true,
    description = "The agent's side: quick saves, grounded answers, caller profiles.",
    subcommands = {
      AgentCommand.Add.class,
      AgentCommand.AnswerQuery.class,
      AgentCommand.GetProfile.class,
      AgentCommand.SaveProfile.class
    })
final class AgentCommand extends Group {
  AgentCommand() {}

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Save what the agent learned (the fast path: no resolution).")
  static final class Add extends ApiCommand {
    @Parameters(arity = "0..1", paramLabel = "TEXT")
    String text;

    @Option(
        names = {"-m", "--message"},
        paramLabel = "ROLE:CONTENT",
        description = "a message instead of TEXT (repeatable)")
    List<String> messages = new ArrayList<>();

    @Option(
        names = {"-u", "--user", "--user-id"},
        required = true)
    String user;

    @Option(names = "--agent")
    String agent;

    @Option(names = {"-s", "--session", "--session-id"})
    String session;

    @Option(names = "--category")
    String category;

    @Option(names = "--importance")
    Integer importance;

    Add(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      if ((text == null) == messages.isEmpty()) {
        throw new ExitCode.CliException("give TEXT or --message role:content (not both)");
      }
      AgentMemory memory =
          text != null
              ? AgentMemory.text(user, text)
              : AgentMemory.messages(user, messages.stream().map(Message::parse).toList());
      if (agent != null) {
        memory.agentId(agent);
      }
      if (session != null) {
        memory.sessionId(session);
      }
      if (category != null) {
        memory.category(category);
      }
      if (importance != null) {
        memory.importance(importance);
      }
      AgentMemories saved = engram.addAgentMemory(memory);
      if (json()) {
        context.json(saved);
      } else {
        MemoryCommand.printMemories(context, saved.memories());
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "answer",
      mixinStandardHelpOptions = true,
      description = "Answer a question from the user's memories (seed 001's answer_query).")
  static final class AnswerQuery extends ApiCommand {
    @Parameters(paramLabel = "QUESTION")
    String question;

    @Option(
        names = {"-u", "--user", "--user-id"},
        required = true)
    String user;

    @Option(names = {"-s", "--session", "--session-id"})
    String session;

    @Option(names = {"-n", "--limit"})
    Integer limit;

    AnswerQuery(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      Answer answer = engram.answerQuery(question, user, session, limit, null);
      if (json()) {
        context.json(answer);
        return ExitCode.OK;
      }
      context.out().println(answer.answer().or(answer::note).orElse("(no answer)"));
      context.out().println("engine: " + answer.engine());
      for (SearchHit hit : answer.memories()) {
        context.out().println("  - " + hit.memory().content() + " [" + hit.memory().id() + "]");
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "profile",
      mixinStandardHelpOptions = true,
      description = "Show what an agent keeps about a caller.")
  static final class GetProfile extends ApiCommand {
    @Parameters(index = "0", paramLabel = "AGENT")
    String agent;

    @Parameters(index = "1", paramLabel = "CALLER")
    String caller;

    GetProfile(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      print(context, engram.getProfile(agent, caller), json());
      return ExitCode.OK;
    }
  }

  @Command(
      name = "save-profile",
      mixinStandardHelpOptions = true,
      description = "Store what an agent keeps about a caller (--data is a JSON object).")
  static final class SaveProfile extends ApiCommand {
    @Parameters(index = "0", paramLabel = "AGENT")
    String agent;

    @Parameters(index = "1", paramLabel = "CALLER")
    String caller;

    @Option(names = "--data", required = true, paramLabel = "JSON")
    String data;

    @Option(names = "--ttl-hours")
    Integer ttlHours;

    SaveProfile(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      Map<String, Object> profile;
      try {
        profile = Json.mapper().readValue(data, new TypeReference<Map<String, Object>>() {});
      } catch (IOException e) {
        throw new ExitCode.CliException("--data is not a JSON object: " + e.getMessage());
      }
      print(context, engram.saveProfile(agent, caller, profile, ttlHours), json());
      return ExitCode.OK;
    }
  }

  private static void print(Context context, Profile profile, boolean json) {
    if (json) {
      context.json(profile);
      return;
    }
    Table table = new Table("FIELD", "VALUE");
    table.row("agent", profile.agentId()).row("caller", profile.callerId());
    table.row("data", Json.write(profile.profileData()));
    profile.memoryCount().ifPresent(n -> table.row("memories", n));
    profile.expiresAt().ifPresent(t -> table.row("expires", t));
    table.print(context.out());
  }
}
