package dev.engram.memory.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.testing.Memories;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvolutionGraphTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final String NASTY = "She said \"hi\" <script>alert('x')</script> & #1 | `x`\n\\n";

  private static EvolutionChain chain() {
    Memory old =
        Memories.memory("u", NASTY, NOW)
            .id("mem_old")
            .status(MemoryStatus.SUPERSEDED)
            .nextId("mem_new")
            .validTo(NOW.plusSeconds(60))
            .build();
    Memory current =
        Memories.memory("u", "User moved to \"Munich\" & <Bavaria>", NOW.plusSeconds(60))
            .id("mem_new")
            .previousId("mem_old")
            .build();
    MemoryEvent add =
        new MemoryEvent(
            "evt_1", "mem_old", "u", EventType.ADD, "key", null, List.of(), Map.of(), NOW);
    MemoryEvent update =
        new MemoryEvent(
            "evt_2",
            "mem_new",
            "u",
            EventType.UPDATE,
            "key",
            "value changed: \"Berlin\" -> <Munich>",
            List.of("mem_old"),
            Map.of("engine", "rules"),
            NOW.plusSeconds(60));
    return new EvolutionChain(
        "mem_old",
        List.of(
            new EvolutionChain.Version(old, List.of(add)),
            new EvolutionChain.Version(current, List.of(update))),
        false);
  }

  @Test
  void mermaidEscapesQuotesAnglesAmpersandsAndLineBreaks() {
    String mermaid = EvolutionGraph.render(chain(), GraphFormat.MERMAID);
    assertThat(mermaid).startsWith("flowchart TD\n");
    assertThat(mermaid)
        .contains(
            "v0 -->|\"UPDATE (rules): value changed: #quot;Berlin#quot; -#gt; #lt;Munich#gt;\"| v1");
    assertThat(mermaid)
        .contains(
            "She said #quot;hi#quot; #lt;script#gt;alert('x')#lt;/script#gt; #amp; #35;1 #124; #96;x#96;")
        .contains("<br/>valid ");
    // every label is one line and holds no raw quote, angle bracket or ampersand
    for (String line : mermaid.split("\n")) {
      if (line.contains("[\"")) {
        String label = line.substring(line.indexOf("[\"") + 2, line.lastIndexOf("\"]"));
        assertThat(label.replace("<br/>", "")).doesNotContain("\"", "<", ">", "&");
      }
    }
    assertThat(mermaid).contains("class v0 superseded", "class v1 active");
  }

  @Test
  void dotEscapesQuotesBackslashesAndLineBreaks() {
    String dot = EvolutionGraph.render(chain(), GraphFormat.DOT);
    assertThat(dot).startsWith("digraph evolution {").endsWith("}\n");
    assertThat(dot)
        .contains("She said \\\"hi\\\" <script>alert('x')</script> & #1 | `x` \\\\n")
        .contains("v0 -> v1 [label=\"UPDATE (rules): value changed: \\\"Berlin\\\" -> <Munich>\"]");
    // every label ends at its closing quote, followed by the next attribute or the list end
    for (String line : dot.split("\n")) {
      if (line.contains("label=\"")) {
        int start = line.indexOf("label=\"") + 7;
        char after = line.charAt(start + labelEnd(line) + 1);
        assertThat(after).isIn(',', ']');
      }
    }
  }

  private static int labelEnd(String line) {
    int start = line.indexOf("label=\"") + 7;
    for (int i = start; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '"') {
        return i - start;
      }
    }
    throw new AssertionError("unterminated label: " + line);
  }

  @Test
  void htmlIsSelfContainedAndEscapesContent() {
    String html = EvolutionGraph.render(chain(), GraphFormat.HTML);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "</svg>", "<table>");
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script", "http:", "https:", "@import", "url(http", "src=");
    assertThat(html)
        .contains(
            "She said &quot;hi&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; #1")
        .contains("User moved to &quot;Munich&quot; &amp; &lt;Bavaria&gt;")
        .contains("class=\"version superseded\"", "class=\"version active\"");
  }

  @Test
  void unknownFormatsNameTheFormatField() {
    assertThat(GraphFormat.parse(null)).isEqualTo(GraphFormat.MERMAID);
    assertThat(GraphFormat.parse("DOT")).isEqualTo(GraphFormat.DOT);
    assertThatThrownBy(() -> GraphFormat.parse("svg"))
        .isInstanceOf(MemoryException.class)
        .satisfies(e -> assertThat(((MemoryException) e).field()).hasValue("format"))
        .hasMessageContaining("mermaid, dot, html");
    assertThatThrownBy(() -> ReportFormat.parse("pdf"))
        .isInstanceOf(MemoryException.class)
        .satisfies(e -> assertThat(((MemoryException) e).field()).hasValue("format"));
  }
}
