package dev.engram.tools;

import dev.engram.memory.AppDirectory;
import dev.engram.memory.index.IndexMaintenance;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./engram reindex [--app APP_ID]}: rebuilds the vector/keyword index from the store, and
 * re-embeds memories whose vectors came from another model. Run it with the server stopped.
 */
public final class Reindex {
  private Reindex() {}

  public static void main(String[] args) {
    Map<String, String> options = ToolArgs.parse(args, Set.of("app"));
    try (ApplicationContext context =
        ApplicationContext.builder().deduceEnvironment(false).start()) {
      IndexMaintenance maintenance = context.getBean(IndexMaintenance.class);
      List<String> apps =
          options.containsKey("app")
              ? List.of(options.get("app"))
              : context.getBean(AppDirectory.class).appIds();
      long total = 0;
      for (String app : apps) {
        IndexMaintenance.Report report = maintenance.rebuild(app);
        System.out.printf(
            "%s: %d indexed, %d re-embedded%n", app, report.indexed(), report.reembedded());
        total += report.indexed();
      }
      System.out.printf("reindexed apps=%d memories=%d%n", apps.size(), total);
    }
  }
}
