package dev.engram.cli;

import dev.engram.sdk.Engram;
import dev.engram.sdk.model.Entities;
import dev.engram.sdk.model.Entity;
import dev.engram.sdk.model.EntityMemories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code engram entities list|memories}: the people, places, … a user's memories name. */
@Command(
    name = "entities",
    aliases = "entity",
    mixinStandardHelpOptions = true,
    description =
        "The entities (people, places, organizations, products, dates) a user's memories name.",
    subcommands = {EntityCommand.ListEntities.class, EntityCommand.Memories.class})
final class EntityCommand extends Group {
  EntityCommand() {}

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The user's entities, the most often named first, with how many memories.")
  static final class ListEntities extends ApiCommand {
    @Option(
        names = {"-u", "--user", "--user-id"},
        required = true,
        description = "whose entities")
    String user;

    @Option(
        names = {"-k", "--kind"},
        description = "only one kind: person, place, organization, product or date")
    String kind;

    @Option(
        names = {"-n", "--limit"},
        description = "at most this many, 1 to 1000 (default 100)")
    Integer limit;

    ListEntities(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      Entities entities = engram.entities(user, kind, limit);
      if (json()) {
        context.json(entities);
      } else {
        Table table = new Table("KEY", "NAME", "KIND", "MEMORIES");
        for (Entity e : entities.entities()) {
          table.row(e.key(), e.name(), e.kind(), e.memories());
        }
        table.print(context.out());
        context.err().println(entities.entities().size() + " entities");
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "memories",
      mixinStandardHelpOptions = true,
      description = "The user's active memories that name ENTITY, newest first.")
  static final class Memories extends ApiCommand {
    @Parameters(
        paramLabel = "ENTITY",
        description = "a key from 'entities list' or a name as written, e.g. \"New York\"")
    String entity;

    @Option(
        names = {"-u", "--user", "--user-id"},
        required = true,
        description = "whose memories")
    String user;

    @Option(
        names = {"-n", "--limit"},
        description = "at most this many, 1 to 1000 (default 100)")
    Integer limit;

    Memories(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      EntityMemories found = engram.entityMemories(user, entity, limit);
      if (json()) {
        context.json(found);
      } else {
        MemoryCommand.printMemories(context, found.memories());
        context.err().println(found.memories().size() + " memories name '" + found.entity() + "'");
      }
      return ExitCode.OK;
    }
  }
}
