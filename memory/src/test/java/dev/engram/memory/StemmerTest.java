package dev.engram.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {
  @ParameterizedTest
  @CsvSource({
    "plans, plan",
    "planned, plan",
    "planning, plan",
    "studies, studi",
    "studying, studi",
    "classes, class",
    "running, run",
    "hiking, hike",
    "hikes, hike"
  })
  void inflectionsOfOneWordShareAStem(String word, String stem) {
    assertThat(Stemmer.stem(word)).isEqualTo(stem);
  }

  @Test
  void shortWordsNumbersAndIdsStayAsTheyAre() {
    for (String word : List.of("is", "was", "bus", "4412", "ba117", "e-mail", "jo@example.com")) {
      assertThat(Stemmer.stem(word)).isEqualTo(word);
    }
  }

  @Test
  void theStemIsTheOneTheKeywordIndexUses() {
    // Porter, as Lucene's EnglishAnalyzer applies it: "organization" and "organize" fold together
    assertThat(Stemmer.stem("organization")).isEqualTo(Stemmer.stem("organize"));
  }

  @Test
  void concurrentCallersDoNotShareState() throws InterruptedException {
    Thread[] threads = new Thread[4];
    boolean[] wrong = new boolean[1];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 20_000; i++) {
                  if (!Stemmer.stem("planning").equals("plan")
                      || !Stemmer.stem("studies").equals("studi")) {
                    wrong[0] = true;
                  }
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(wrong[0]).isFalse();
  }
}
