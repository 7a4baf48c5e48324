package dev.engram.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Searches are counted in batches off the search path, and none is lost to a flush or a close. */
class SearchRecorderTest {
  private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

  /** Keeps each batch it is handed; counts down once per search written. */
  private static final class Batches implements LearningHistory {
    final List<List<SearchFact>> written = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch searches;

    Batches(int expected) {
      this.searches = new CountDownLatch(expected);
    }

    @Override
    public void recordSearches(List<SearchFact> batch) {
      written.add(List.copyOf(batch));
      batch.forEach(f -> searches.countDown());
    }

    int total() {
      synchronized (written) {
        return written.stream().mapToInt(List::size).sum();
      }
    }

    @Override
    public List<String> record(String appId, List<LearningEvent> events, Alongside alongside) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void recordMemoryFacts(List<MemoryFact> facts) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void forgetUser(String appId, String userId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void dropApp(String appId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long prune(java.time.Instant before, int batchSize) {
      throw new UnsupportedOperationException();
    }
  }

  private static SearchFact search(int i) {
    return new SearchFact("app", "u" + i, null, 3, true, 1.5, AT);
  }

  @Test
  void aBurstOfSearchesIsWrittenInOneOrTwoBatchesNotOneWritePerSearch() throws Exception {
    Batches history = new Batches(50);
    SearchRecorder recorder = new SearchRecorder(history);
    try {
      for (int i = 0; i < 50; i++) {
        recorder.record(search(i));
      }
      assertThat(history.searches.await(10, TimeUnit.SECONDS))
          .as("written in the background")
          .isTrue();
      assertThat(history.total()).isEqualTo(50);
      assertThat(history.written)
          .as("a tick may split the burst once at most")
          .hasSizeLessThanOrEqualTo(2);
    } finally {
      recorder.close();
    }
  }

  @Test
  void flushWritesEverythingQueuedBeforeItReturns() {
    Batches history = new Batches(3);
    SearchRecorder recorder = new SearchRecorder(history);
    try {
      recorder.record(search(1));
      recorder.record(search(2));
      recorder.record(search(3));
      recorder.flush();
      assertThat(history.total()).isEqualTo(3);
    } finally {
      recorder.close();
    }
  }

  @Test
  void closingWritesWhatIsStillQueued() {
    Batches history = new Batches(2);
    SearchRecorder recorder = new SearchRecorder(history);
    recorder.record(search(1));
    recorder.record(search(2));
    recorder.close();
    assertThat(history.total()).isEqualTo(2);
    assertThat(recorder.dropped()).isZero();
  }
}
