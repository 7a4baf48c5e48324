package dev.engram.memory.history;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.history.EvolutionChain.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an evolution chain as a graph: Mermaid, Graphviz DOT, or a self-contained HTML page whose
 * picture is an SVG drawn here (no script, no stylesheet or font from the network). Every label is
 * escaped for its format, so any memory content renders as text.
 */
public final class EvolutionGraph {
  static final int CONTENT_CHARS = 160;
  private static final int WRAP = 64;
  private static final int BOX_WIDTH = 560;
  private static final int LINE_HEIGHT = 18;
  private static final int GAP = 56;
  private static final int MARGIN = 20;

  private EvolutionGraph() {}

  public static String render(EvolutionChain chain, GraphFormat format) {
    return switch (format) {
      case MERMAID -> mermaid(chain);
      case DOT -> dot(chain);
      case HTML -> html(chain);
    };
  }

  /** A Mermaid flowchart, top-down, one node per version, edges labelled with the change. */
  static String mermaid(EvolutionChain chain) {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    List<Version> versions = chain.versions();
    for (int i = 0; i < versions.size(); i++) {
      out.append("  v")
          .append(i)
          .append("[\"")
          .append(mermaidText(String.join("\n", nodeLines(versions.get(i), i))))
          .append("\"]\n");
    }
    for (int i = 1; i < versions.size(); i++) {
      out.append("  v")
          .append(i - 1)
          .append(" -->|\"")
          .append(mermaidText(edgeLabel(versions.get(i))))
          .append("\"| v")
          .append(i)
          .append('\n');
    }
    for (int i = 0; i < versions.size(); i++) {
      out.append("  class v")
          .append(i)
          .append(' ')
          .append(versions.get(i).memory().status().value())
          .append('\n');
    }
    out.append("  classDef active fill:#e6f4ea,stroke:#1e8e3e\n")
        .append("  classDef superseded fill:#f1f3f4,stroke:#80868b\n")
        .append("  classDef deleted fill:#fce8e6,stroke:#d93025\n");
    return out.toString();
  }

  /** A Graphviz digraph, top-down, one box per version. */
  static String dot(EvolutionChain chain) {
    StringBuilder out =
        new StringBuilder("digraph evolution {\n")
            .append("  rankdir=TB;\n")
            .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    List<Version> versions = chain.versions();
    for (int i = 0; i < versions.size(); i++) {
      out.append("  v")
          .append(i)
          .append(" [label=\"")
          .append(dotText(String.join("\n", nodeLines(versions.get(i), i))))
          .append("\", fillcolor=\"")
          .append(fill(versions.get(i).memory()))
          .append("\"];\n");
    }
    for (int i = 1; i < versions.size(); i++) {
      out.append("  v")
          .append(i - 1)
          .append(" -> v")
          .append(i)
          .append(" [label=\"")
          .append(dotText(edgeLabel(versions.get(i))))
          .append("\"];\n");
    }
    return out.append("}\n").toString();
  }

  /** A complete HTML page: title, an inline SVG of the chain, and a table of the versions. */
  static String html(EvolutionChain chain) {
    List<Version> versions = chain.versions();
    List<List<String>> boxes = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      List<String> lines = new ArrayList<>();
      for (String line : nodeLines(versions.get(i), i)) {
        lines.addAll(wrap(line, WRAP));
      }
      boxes.add(lines);
    }
    int height = MARGIN;
    for (List<String> lines : boxes) {
      height += boxHeight(lines) + GAP;
    }
    height = height - GAP + MARGIN;
    int width = BOX_WIDTH + 2 * MARGIN;

    StringBuilder svg = new StringBuilder();
    svg.append("<svg role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-label=\"evolution chain\">\n")
        .append("<defs><marker id=\"arrow\" markerWidth=\"10\" markerHeight=\"10\" refX=\"8\"")
        .append(" refY=\"5\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#5f6368\"/>")
        .append("</marker></defs>\n");
    int y = MARGIN;
    for (int i = 0; i < versions.size(); i++) {
      Memory memory = versions.get(i).memory();
      List<String> lines = boxes.get(i);
      int h = boxHeight(lines);
      svg.append("<g class=\"version ")
          .append(memory.status().value())
          .append("\" id=\"")
          .append(xml(memory.id()))
          .append("\"><rect x=\"")
          .append(MARGIN)
          .append("\" y=\"")
          .append(y)
          .append("\" rx=\"8\" width=\"")
          .append(BOX_WIDTH)
          .append("\" height=\"")
          .append(h)
          .append("\" fill=\"")
          .append(fill(memory))
          .append("\" stroke=\"")
          .append(stroke(memory))
          .append("\"/>\n");
      for (int l = 0; l < lines.size(); l++) {
        svg.append("<text x=\"")
            .append(MARGIN + 12)
            .append("\" y=\"")
            .append(y + 22 + l * LINE_HEIGHT)
            .append(l == 0 ? "\" class=\"head\">" : "\">")
            .append(xml(lines.get(l)))
            .append("</text>\n");
      }
      svg.append("</g>\n");
      y += h;
      if (i + 1 < versions.size()) {
        int x = MARGIN + BOX_WIDTH / 2;
        svg.append("<line x1=\"")
            .append(x)
            .append("\" y1=\"")
            .append(y)
            .append("\" x2=\"")
            .append(x)
            .append("\" y2=\"")
            .append(y + GAP - 4)
            .append("\" stroke=\"#5f6368\" marker-end=\"url(#arrow)\"/>\n")
            .append("<text class=\"edge\" x=\"")
            .append(x + 10)
            .append("\" y=\"")
            .append(y + GAP / 2 + 4)
            .append("\">")
            .append(xml(truncate(edgeLabel(versions.get(i + 1)), 70)))
            .append("</text>\n");
        y += GAP;
      }
    }
    svg.append("</svg>\n");

    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < versions.size(); i++) {
      Version v = versions.get(i);
      Memory m = v.memory();
      MemoryEvent origin = v.origin().orElse(null);
      rows.append("<tr><td>")
          .append(i + 1)
          .append("</td><td><code>")
          .append(xml(m.id()))
          .append("</code></td><td>")
          .append(xml(m.status().value()))
          .append("</td><td>")
          .append(xml(m.content()))
          .append("</td><td>")
          .append(xml(time(m.validFrom() != null ? m.validFrom() : m.createdAt())))
          .append(" → ")
          .append(xml(m.validTo() == null ? "now" : time(m.validTo())))
          .append("</td><td>")
          .append(origin == null ? "" : xml(origin.type().name()))
          .append("</td><td>")
          .append(xml(v.engine() == null ? "" : v.engine()))
          .append("</td><td>")
          .append(origin == null || origin.reason() == null ? "" : xml(origin.reason()))
          .append("</td></tr>\n");
    }

    String title = "Evolution of " + chain.current().memory().id();
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        + "<title>"
        + xml(title)
        + "</title>\n<style>\n"
        + "body{font-family:system-ui,sans-serif;margin:24px;color:#202124}\n"
        + "svg text{font-family:system-ui,sans-serif;font-size:13px;fill:#202124}\n"
        + "svg text.head{font-weight:600}\n"
        + "svg text.edge{font-size:12px;fill:#5f6368;font-style:italic}\n"
        + "table{border-collapse:collapse;margin-top:24px;font-size:13px}\n"
        + "td,th{border:1px solid #dadce0;padding:4px 8px;text-align:left;vertical-align:top}\n"
        + "th{background:#f8f9fa}\n"
        + "</style>\n</head>\n<body>\n<h1>"
        + xml(title)
        + "</h1>\n<p>"
        + versions.size()
        + (versions.size() == 1 ? " version" : " versions")
        + ", oldest first"
        + (chain.truncated() ? " (truncated)" : "")
        + chain.pruned().map(id -> "; older versions pruned (previous: " + xml(id) + ")").orElse("")
        + ".</p>\n"
        + svg
        + "<table>\n<thead><tr><th>#</th><th>id</th><th>status</th><th>content</th>"
        + "<th>valid</th><th>made by</th><th>engine</th><th>reason</th></tr></thead>\n<tbody>\n"
        + rows
        + "</tbody>\n</table>\n</body>\n</html>\n";
  }

  /** The lines of a version's node: heading, content, validity. */
  static List<String> nodeLines(Version version, int index) {
    Memory m = version.memory();
    List<String> lines = new ArrayList<>();
    lines.add("v" + (index + 1) + " · " + m.status().value() + " · " + m.id());
    lines.add(truncate(m.content(), CONTENT_CHARS));
    lines.add(
        "valid "
            + time(m.validFrom() != null ? m.validFrom() : m.createdAt())
            + " → "
            + (m.validTo() == null ? "now" : time(m.validTo())));
    if (m.reinforcementCount() > 0) {
      lines.add("reinforced " + m.reinforcementCount() + "×");
    }
    return lines;
  }

  /** What made a version from its predecessor: action, engine and reason. */
  static String edgeLabel(Version version) {
    MemoryEvent origin = version.origin().orElse(null);
    if (origin == null) {
      return "replaced";
    }
    StringBuilder label = new StringBuilder(origin.type().name());
    if (version.engine() != null) {
      label.append(" (").append(version.engine()).append(')');
    }
    if (origin.reason() != null && !origin.reason().isBlank()) {
      label.append(": ").append(truncate(origin.reason(), 80));
    }
    return label.toString();
  }

  /**
   * Mermaid label text inside double quotes: quotes, angle brackets, ampersands and hashes become
   * Mermaid entity codes, line breaks become {@code <br/>}.
   */
  static String mermaidText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '#' -> out.append("#35;");
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '|' -> out.append("#124;");
        case '`' -> out.append("#96;");
        case '\n' -> out.append("<br/>");
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** DOT string text inside double quotes: backslashes and quotes escaped, {@code \n} breaks. */
  static String dotText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** Text for HTML/SVG content or attribute values. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  static String time(Instant instant) {
    return instant.toString();
  }

  static String truncate(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  private static int boxHeight(List<String> lines) {
    return 12 + lines.size() * LINE_HEIGHT;
  }

  private static List<String> wrap(String line, int width) {
    List<String> out = new ArrayList<>();
    String rest = line;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = width;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    out.add(rest);
    return out;
  }

  private static String fill(Memory m) {
    return switch (m.status()) {
      case ACTIVE -> "#e6f4ea";
      case SUPERSEDED -> "#f1f3f4";
      case DELETED -> "#fce8e6";
    };
  }

  private static String stroke(Memory m) {
    return switch (m.status()) {
      case ACTIVE -> "#1e8e3e";
      case SUPERSEDED -> "#80868b";
      case DELETED -> "#d93025";
    };
  }
}
