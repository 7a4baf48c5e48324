package dev.engram.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnInterruptTest {

  @Test
  void runsWhatIsStillRegisteredLastFirst() {
    List<String> ran = new ArrayList<>();
    try (OnInterrupt.Registration directory = OnInterrupt.register(() -> ran.add("directory"));
        OnInterrupt.Registration done = OnInterrupt.register(() -> ran.add("done"));
        OnInterrupt.Registration server = OnInterrupt.register(() -> ran.add("server"))) {
      done.close();

      OnInterrupt.runAll();

      assertThat(ran).containsExactly("server", "directory");
    }
  }

  @Test
  void aDataDirectoryLeftByAnInterruptedToolIsDeleted() throws Exception {
    DataDirectory directory = DataDirectory.of(java.util.Map.of(), "engram-interrupt-test");
    java.nio.file.Files.writeString(directory.path().resolve("engram.mv.db"), "data");

    OnInterrupt.runAll();

    assertThat(directory.path()).doesNotExist();
    directory.close();
  }
}
