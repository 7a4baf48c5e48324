package dev.engram.memory.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleNativeDirectoriesTest {

  @TempDir Path tmp;

  @Test
  void removesOnlyOldEmptyDirectoriesOfOnnxRuntime() throws Exception {
    Path staleEmpty = aged(Files.createDirectory(tmp.resolve("onnxruntime-java123")));
    Path oldButFull = aged(Files.createDirectory(tmp.resolve("onnxruntime-java456")));
    Files.writeString(oldButFull.resolve("libonnxruntime.so"), "x");
    aged(oldButFull);
    Path fresh = Files.createDirectory(tmp.resolve("onnxruntime-java789"));
    Path otherEmpty = aged(Files.createDirectory(tmp.resolve("engram-eval-1")));

    int removed = StaleNativeDirectories.removeIn(tmp, Duration.ofMinutes(1));

    assertThat(removed).isEqualTo(1);
    assertThat(staleEmpty).doesNotExist();
    assertThat(oldButFull).exists();
    assertThat(fresh).exists();
    assertThat(otherEmpty).exists();
  }

  @Test
  void aMissingDirectoryRemovesNothing() {
    assertThat(StaleNativeDirectories.removeIn(tmp.resolve("absent"), Duration.ZERO)).isZero();
  }

  private static Path aged(Path dir) throws Exception {
    Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    return dir;
  }
}
