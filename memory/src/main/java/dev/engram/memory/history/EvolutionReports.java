package dev.engram.memory.history;

import dev.engram.memory.Memory;
import dev.engram.memory.history.EvolutionReport.Counts;
import dev.engram.memory.history.EvolutionReport.Entry;
import java.util.List;

/** Renders an {@link EvolutionReport} as Markdown or plain text (JSON is the API's own view). */
public final class EvolutionReports {
  private EvolutionReports() {}

  public static String markdown(EvolutionReport report) {
    Memory current = report.current();
    Counts c = report.counts();
    StringBuilder out = new StringBuilder();
    out.append("# Evolution report: `").append(current.id()).append("`\n\n");
    out.append("## Current state\n\n")
        .append("- status: ")
        .append(current.status().value())
        .append('\n')
        .append("- content: ")
        .append(mdInline(current.content()))
        .append('\n')
        .append("- valid: ")
        .append(validity(current))
        .append('\n')
        .append("- reinforced: ")
        .append(current.reinforcementCount())
        .append(", accessed: ")
        .append(current.accessCount())
        .append('\n')
        .append("- user: ")
        .append(mdInline(current.userId()))
        .append("\n\n");
    out.append("## Counts\n\n| versions | events | reinforcements | updates | deletes | skips |\n")
        .append("|---|---|---|---|---|---|\n")
        .append("| ")
        .append(c.versions())
        .append(" | ")
        .append(c.events())
        .append(" | ")
        .append(c.reinforcements())
        .append(" | ")
        .append(c.updates())
        .append(" | ")
        .append(c.deletes())
        .append(" | ")
        .append(c.skips())
        .append(" |\n\n");
    out.append("## Versions\n\n| # | id | status | content | valid |\n|---|---|---|---|---|\n");
    List<EvolutionChain.Version> versions = report.chain().versions();
    for (int i = 0; i < versions.size(); i++) {
      Memory m = versions.get(i).memory();
      out.append("| ")
          .append(i + 1)
          .append(" | `")
          .append(m.id())
          .append("` | ")
          .append(m.status().value())
          .append(" | ")
          .append(mdInline(m.content()))
          .append(" | ")
          .append(validity(m))
          .append(" |\n");
    }
    out.append("\n## Timeline\n\n| time | version | event | actor | engine | reason |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Entry e : report.timeline()) {
      out.append("| ")
          .append(e.at())
          .append(" | ")
          .append(e.version())
          .append(" | ")
          .append(e.type().name())
          .append(" | ")
          .append(mdInline(e.actor()))
          .append(" | ")
          .append(e.engine() == null ? "" : mdInline(e.engine()))
          .append(" | ")
          .append(e.reason() == null ? "" : mdInline(e.reason()))
          .append(" |\n");
    }
    if (report.chain().truncated()) {
      out.append("\n_The chain was cut at ").append(versions.size()).append(" versions._\n");
    }
    report
        .chain()
        .pruned()
        .ifPresent(
            id ->
                out.append("\n_Older versions were pruned by retention (the previous one was ")
                    .append(mdInline(id))
                    .append(")._\n"));
    return out.toString();
  }

  public static String text(EvolutionReport report) {
    Memory current = report.current();
    Counts c = report.counts();
    StringBuilder out = new StringBuilder();
    out.append("Evolution report: ").append(current.id()).append('\n');
    out.append("Current: ")
        .append(current.status().value())
        .append(" \"")
        .append(oneLine(current.content()))
        .append("\" valid ")
        .append(validity(current))
        .append('\n');
    out.append("Counts: versions=")
        .append(c.versions())
        .append(" events=")
        .append(c.events())
        .append(" reinforcements=")
        .append(c.reinforcements())
        .append(" updates=")
        .append(c.updates())
        .append(" deletes=")
        .append(c.deletes())
        .append(" skips=")
        .append(c.skips())
        .append('\n');
    out.append("Versions:\n");
    List<EvolutionChain.Version> versions = report.chain().versions();
    for (int i = 0; i < versions.size(); i++) {
      Memory m = versions.get(i).memory();
      out.append("  ")
          .append(i + 1)
          .append(". ")
          .append(m.id())
          .append(" [")
          .append(m.status().value())
          .append("] \"")
          .append(oneLine(m.content()))
          .append("\" valid ")
          .append(validity(m))
          .append('\n');
    }
    out.append("Timeline:\n");
    for (Entry e : report.timeline()) {
      out.append("  ")
          .append(e.at())
          .append("  v")
          .append(e.version())
          .append("  ")
          .append(e.type().name())
          .append("  by ")
          .append(oneLine(e.actor()));
      if (e.engine() != null) {
        out.append(" (").append(oneLine(e.engine())).append(')');
      }
      if (e.reason() != null) {
        out.append(": ").append(oneLine(e.reason()));
      }
      out.append('\n');
    }
    if (report.chain().truncated()) {
      out.append("(chain cut at ").append(versions.size()).append(" versions)\n");
    }
    report
        .chain()
        .pruned()
        .ifPresent(
            id ->
                out.append("(older versions pruned by retention; the previous one was ")
                    .append(oneLine(id))
                    .append(")\n"));
    return out.toString();
  }

  static String validity(Memory m) {
    return (m.validFrom() != null ? m.validFrom() : m.createdAt())
        + " → "
        + (m.validTo() == null ? "now" : m.validTo().toString());
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ");
  }

  /** Inline Markdown text: one line, characters with Markdown or HTML meaning escaped. */
  static String mdInline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '#' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\r', '\n', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
