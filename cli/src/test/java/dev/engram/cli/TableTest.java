package dev.engram.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void padsColumnsToTheWidestCellAndClipsLongOnes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Table("ID", "CONTENT")
        .row("m1", "short")
        .row("memory-2", "line one\nline two " + "x".repeat(100))
        .print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[0]).isEqualTo("ID        CONTENT");
    assertThat(lines[1]).isEqualTo("m1        short");
    assertThat(lines[2]).startsWith("memory-2  line one line two x").endsWith("…").hasSize(10 + 72);
  }
}
