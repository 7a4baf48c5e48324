package dev.engram.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.sdk.NewMemory;
import dev.engram.sdk.model.Message;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputsTest {
  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsMessagesFromAJsonArrayJsonLinesAndRoleColonLines() {
    List<Message> array =
        Inputs.messages(
            "-",
            stdin(
                "[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello\",\"id\":\"m2\"}]"));
    assertThat(array).containsExactly(Message.user("Hi"), new Message("assistant", "Hello", "m2"));

    List<Message> lines =
        Inputs.messages("-", stdin("{\"role\":\"user\",\"content\":\"a\"}\n\nassistant: b: c\n"));
    assertThat(lines).containsExactly(Message.user("a"), Message.assistant("b: c"));
  }

  @Test
  void refusesMessagesWithoutRoleOrContent() {
    assertThatThrownBy(() -> Inputs.messages("-", stdin("[{\"role\":\"user\"}]")))
        .isInstanceOf(ExitCode.CliException.class)
        .hasMessageContaining("\"role\" and \"content\"");
    assertThatThrownBy(() -> Inputs.messages("-", stdin("just text")))
        .hasMessageContaining("role:content");
    assertThatThrownBy(() -> Inputs.messages("-", stdin("  ")))
        .hasMessageContaining("holds no messages");
  }

  @Test
  void readsMemoriesWithTheirFields() {
    List<NewMemory> memories =
        Inputs.memories(
            "-",
            stdin(
                "{\"content\":\"User is vegan\",\"tags\":[\"diet\"],\"importance\":8}\n"
                    + "\"User runs\"\nUser swims\n"));
    assertThat(memories).hasSize(3);
    assertThat(memories.get(0).toMap())
        .containsEntry("content", "User is vegan")
        .containsEntry("tags", List.of("diet"))
        .containsEntry("importance", 8);
    assertThat(memories.get(1).toMap()).containsEntry("content", "User runs");
    assertThat(memories.get(2).toMap()).containsEntry("content", "User swims");
    assertThatThrownBy(() -> Inputs.memories("-", stdin("[{\"content\":\"x\",\"colour\":1}]")))
        .hasMessageContaining("unknown memory field \"colour\"");
  }
}
