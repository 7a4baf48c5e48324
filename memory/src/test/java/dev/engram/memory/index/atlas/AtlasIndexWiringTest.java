package dev.engram.memory.index.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.index.MemoryIndex;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasIndexWiringTest {
  @TempDir Path home;

  @Test
  void atlasKindWithAMongoDbUriIsTheOnlyIndex() {
    // the driver connects lazily: no server is needed to wire the bean
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "engram.index.kind",
                "atlas",
                "mongodb.uri",
                "mongodb://127.0.0.1:1/engram_wiring"))) {
      assertThat(context.getBeansOfType(MemoryIndex.class))
          .singleElement()
          .isInstanceOf(AtlasMemoryIndex.class)
          .extracting(MemoryIndex::name)
          .isEqualTo("atlas");
    }
  }

  @Test
  void luceneKindIgnoresTheMongoDbUri() {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "engram.home",
                System.getProperty("java.io.tmpdir")
                    + "/engram-wiring-"
                    + ProcessHandle.current().pid(),
                "mongodb.uri",
                "mongodb://127.0.0.1:1/engram_wiring"))) {
      assertThat(context.getBeansOfType(MemoryIndex.class))
          .singleElement()
          .extracting(MemoryIndex::name)
          .isEqualTo("lucene");
    }
  }
}
