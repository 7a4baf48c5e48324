package dev.engram.cli;

import dev.engram.sdk.Engram;
import dev.engram.sdk.MemoryFilter;
import dev.engram.sdk.NewMemory;
import dev.engram.sdk.SearchQuery;
import dev.engram.sdk.model.AddResult;
import dev.engram.sdk.model.Memory;
import dev.engram.sdk.model.MemoryPage;
import dev.engram.sdk.model.Message;
import dev.engram.sdk.model.Queued;
import dev.engram.sdk.model.SearchHit;
import dev.engram.sdk.model.SearchResult;
import dev.engram.sdk.model.Task;
import dev.engram.sdk.model.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code engram memory add|query|get|delete|list|batch|report}. */
@Command(
    name = "memory",
    mixinStandardHelpOptions = true,
    description = "Store, find, read and delete memories.",
    subcommands = {
      MemoryCommand.Add.class,
      MemoryCommand.Query.class,
      MemoryCommand.Get.class,
      MemoryCommand.Delete.class,
      MemoryCommand.ListMemories.class,
      MemoryCommand.Batch.class,
      MemoryCommand.Report.class
    })
final class MemoryCommand extends Group {
  MemoryCommand() {}

  static void printResults(Context context, AddResult result) {
    Table table = new Table("ACTION", "MEMORY", "CONTENT");
    for (int i = 0; i < result.results().size(); i++) {
      WriteResult r = result.results().get(i);
      String id = r.memoryId().or(r::targetId).orElse("");
      String content =
          result.memories().stream()
              .filter(m -> m.id().equals(id))
              .map(Memory::content)
              .findFirst()
              .orElse(r.reason());
      table.row(r.action(), id, content);
    }
    table.print(context.out());
  }

  static void printMemories(Context context, List<Memory> memories) {
    Table table = new Table("ID", "USER", "TYPE", "STATUS", "IMP", "CONTENT");
    for (Memory m : memories) {
      table.row(m.id(), m.userId(), m.type(), m.status(), m.importance(), m.content());
    }
    table.print(context.out());
  }

  static void printTask(Context context, Task task) {
    context
        .out()
        .printf(
            Locale.ROOT,
            "task %s %s: %d added, %d updated, %d reinforced, %d deleted, %d skipped%n",
            task.id(),
            task.status(),
            task.counts().added(),
            task.counts().updated(),
            task.counts().reinforced(),
            task.counts().deleted(),
            task.counts().skipped());
  }

  /** {@code memory add TEXT --user U}, or seed 001's {@code --message role:content}… */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Store a memory (TEXT), or queue a conversation for extraction (--message role:content,"
            + " repeated).",
        "A new memory is resolved against the user's others: a paraphrase reinforces, a"
            + " contradiction supersedes."
      })
  static final class Add extends ApiCommand {
    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "the memory's content")
    String text;

    @Option(
        names = {"-u", "--user", "--user-id"},
        required = true,
        description = "whose memory")
    String user;

    @Option(names = {"-s", "--session", "--session-id"})
    String session;

    @Option(names = "--agent")
    String agent;

    @Option(names = "--type", description = "semantic, episodic, procedural, …")
    String type;

    @Option(names = "--category")
    String category;

    @Option(names = "--tag", paramLabel = "TAG", description = "a tag (repeatable)")
    List<String> tags = new ArrayList<>();

    @Option(names = "--importance", description = "1 to 10")
    Integer importance;

    @Option(names = "--no-resolve", description = "store as given, without resolution")
    boolean noResolve;

    @Option(
        names = {"-m", "--message"},
        paramLabel = "ROLE:CONTENT",
        description = "a conversation message, e.g. user:I prefer dark mode (repeatable)")
    List<String> messages = new ArrayList<>();

    @Option(names = "--wait", description = "with --message: wait for the extraction")
    boolean await;

    Add(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      if (!messages.isEmpty()) {
        if (text != null) {
          throw new ExitCode.CliException("give TEXT or --message, not both");
        }
        List<Message> parsed = messages.stream().map(Message::parse).toList();
        Queued queued = engram.addConversation(user, parsed, session, agent, true);
        return ConversationCommand.report(context, engram, queued, await, json());
      }
      if (text == null) {
        throw new ExitCode.CliException("give the memory's TEXT or --message role:content");
      }
      NewMemory memory =
          NewMemory.of(text).userId(user).sessionId(session).agentId(agent).type(type);
      memory.category(category);
      if (!tags.isEmpty()) {
        memory.tags(tags);
      }
      if (importance != null) {
        memory.importance(importance);
      }
      AddResult result =
          noResolve ? engram.createMemoryUnresolved(memory) : engram.createMemory(memory);
      if (json()) {
        context.json(result);
      } else {
        printResults(context, result);
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "query",
      aliases = "search",
      mixinStandardHelpOptions = true,
      description = "Search a user's memories (hybrid search, composite scoring).")
  static final class Query extends ApiCommand {
    @Parameters(paramLabel = "QUERY")
    String query;

    @Option(
        names = {"-u", "--user", "--user-id"},
        required = true)
    String user;

    @Option(
        names = {"-n", "--limit"},
        description = "hits to show (default 10)")
    Integer limit;

    @Option(names = "--threshold", description = "least similarity")
    Double threshold;

    @Option(names = {"-s", "--session", "--session-id"})
    String session;

    @Option(names = "--mode", description = "hybrid (default), vector or keyword")
    String mode;

    Query(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      SearchQuery q = SearchQuery.of(query).userId(user).sessionId(session).mode(mode);
      if (limit != null) {
        q.limit(limit);
      }
      if (threshold != null) {
        q.similarityThreshold(threshold);
      }
      SearchResult result = engram.search(q);
      if (json()) {
        context.json(result);
        return ExitCode.OK;
      }
      Table table = new Table("SCORE", "ID", "TYPE", "CONTENT");
      for (SearchHit hit : result) {
        table.row(
            String.format(Locale.ROOT, "%.3f", hit.compositeScore()),
            hit.memory().id(),
            hit.memory().type(),
            hit.memory().content());
      }
      table.print(context.out());
      if (table.size() == 0) {
        context.err().println("no memories found");
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one memory.")
  static final class Get extends ApiCommand {
    @Parameters(paramLabel = "ID")
    String id;

    Get(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      Memory m = engram.getMemory(id);
      if (json()) {
        context.json(m);
        return ExitCode.OK;
      }
      Table table = new Table("FIELD", "VALUE");
      table.row("id", m.id()).row("user", m.userId()).row("content", m.content());
      table.row("type", m.type()).row("status", m.status()).row("importance", m.importance());
      m.category().ifPresent(c -> table.row("category", c));
      if (!m.tags().isEmpty()) {
        table.row("tags", String.join(", ", m.tags()));
      }
      m.sessionId().ifPresent(s -> table.row("session", s));
      m.previousId().ifPresent(p -> table.row("previous", p));
      m.nextId().ifPresent(n -> table.row("next", n));
      table.row("version", m.version()).row("reinforced", m.reinforcementCount());
      m.createdAt().ifPresent(t -> table.row("created", t));
      m.updatedAt().ifPresent(t -> table.row("updated", t));
      table.print(context.out());
      return ExitCode.OK;
    }
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = "Delete a memory (its history stays).")
  static final class Delete extends ApiCommand {
    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--reason")
    String reason;

    Delete(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      Memory deleted = engram.deleteMemory(id, reason);
      if (json()) {
        context.json(deleted);
      } else {
        context.out().println("deleted " + deleted.id() + ": " + deleted.content());
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List a user's memories, newest first.")
  static final class ListMemories extends ApiCommand {
    @Option(
        names = {"-u", "--user", "--user-id"},
        description = "whose memories (required unless the key has the admin scope)")
    String user;

    @Option(
        names = {"-n", "--limit"},
        defaultValue = "20")
    int limit;

    @Option(names = "--status", description = "active (default), superseded, deleted, expired")
    List<String> statuses = new ArrayList<>();

    ListMemories(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      MemoryFilter filter = user == null ? MemoryFilter.all() : MemoryFilter.user(user);
      filter.limit(limit);
      if (!statuses.isEmpty()) {
        filter.statuses(statuses.toArray(String[]::new));
      }
      MemoryPage page = engram.listMemories(filter);
      if (json()) {
        context.json(page);
      } else {
        printMemories(context, page.memories());
        context.err().println(page.memories().size() + " of " + page.total());
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "batch",
      mixinStandardHelpOptions = true,
      description = {
        "Store many memories from a file (- for standard input), up to 1,000 a request:",
        "a JSON array or JSON lines of texts or memory objects ({\"content\": …, \"user_id\": …,"
            + " \"tags\": […], …}), or one memory per text line."
      })
  static final class Batch extends ApiCommand {
    @Parameters(paramLabel = "FILE")
    String file;

    @Option(
        names = {"-u", "--user", "--user-id"},
        description = "the user of memories that name none")
    String user;

    Batch(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      List<NewMemory> memories = Inputs.memories(file, context.in());
      List<AddResult> results = new ArrayList<>();
      for (int from = 0; from < memories.size(); from += 1000) {
        results.add(
            engram.createMemories(
                user, memories.subList(from, Math.min(memories.size(), from + 1000))));
      }
      if (json()) {
        context.json(results.size() == 1 ? results.get(0) : results);
        return ExitCode.OK;
      }
      results.forEach(r -> printResults(context, r));
      String summary =
          results.stream()
              .flatMap(r -> r.results().stream())
              .collect(Collectors.groupingBy(WriteResult::action, Collectors.counting()))
              .entrySet()
              .stream()
              .map(e -> e.getValue() + " " + e.getKey())
              .sorted()
              .collect(Collectors.joining(", "));
      context.err().println(memories.size() + " submitted: " + summary);
      return ExitCode.OK;
    }
  }

  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description = "How a memory evolved: its chain of versions as a report or a graph.")
  static final class Report extends ApiCommand {
    @Parameters(paramLabel = "ID")
    String id;

    @Option(
        names = "--format",
        defaultValue = "markdown",
        description = "markdown (default), text, json, or a graph: mermaid, dot, html")
    String format;

    Report(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      String text =
          switch (json() ? "json" : format) {
            case "mermaid", "dot", "html" -> engram.evolutionGraph(id, format);
            default -> engram.evolutionReport(id, json() ? "json" : format);
          };
      context.out().println(text.stripTrailing());
      return ExitCode.OK;
    }
  }
}
