package dev.engram.memory.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.index.IndexConfiguration;
import dev.engram.memory.index.MemoryIndex;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexWiringTest {
  @TempDir Path home;

  @Test
  void luceneIsTheDefaultIndexUnderTheDataDirectory() {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("engram.home", home.toString()))) {
      IndexConfiguration configuration = context.getBean(IndexConfiguration.class);
      assertThat(configuration.kind()).isEqualTo("lucene");
      assertThat(configuration.directory()).isNull();
      assertThat(configuration.commitInterval()).isEqualTo(Duration.ofSeconds(5));
      assertThat(configuration.hnswM()).isEqualTo(16);
      assertThat(configuration.hnswBeamWidth()).isEqualTo(100);
      MemoryIndex index = context.getBean(MemoryIndex.class);
      assertThat(index).isInstanceOf(LuceneMemoryIndex.class);
      assertThat(((LuceneMemoryIndex) index).root())
          .isEqualTo(home.toAbsolutePath().resolve("index"));
    }
  }

  @Test
  void settingsOverrideTheDefaults() {
    Path elsewhere = home.resolve("elsewhere");
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "engram.index.directory", elsewhere.toString(),
                "engram.index.commit-interval", "250ms",
                "engram.index.hnsw-m", "32",
                "engram.index.hnsw-beam-width", "200"))) {
      IndexConfiguration configuration = context.getBean(IndexConfiguration.class);
      assertThat(configuration.directory()).isEqualTo(elsewhere.toString());
      assertThat(((LuceneMemoryIndex) context.getBean(MemoryIndex.class)).root())
          .isEqualTo(elsewhere);
      assertThat(configuration.commitInterval()).isEqualTo(Duration.ofMillis(250));
      assertThat(configuration.hnswM()).isEqualTo(32);
      assertThat(configuration.hnswBeamWidth()).isEqualTo(200);
    }
  }

  @Test
  void atlasKindWithoutMongoDbHasNoLuceneIndex() {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of("engram.home", home.toString(), "engram.index.kind", "atlas"))) {
      assertThat(context.findBean(MemoryIndex.class)).isEmpty();
    }
  }
}
