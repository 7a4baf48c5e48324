package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExportStreamTest {
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private static byte[] lines(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(
          String.format(
              "{\"memory\":{\"id\":\"mem_%d\",\"content\":\"%s\"}}", i, "x".repeat(i % 300)));
      out.append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * How the HTTP server reads a streamed body to a slow client: a burst of reads while the socket
   * takes data, each burst on a virtual thread that ends with it, and once a pause longer than a
   * second (a client that stops reading for a moment). A {@link java.io.PipedInputStream} loses
   * this race: its writer, finding the buffer still full after its one-second wait, sees that the
   * last reading thread has ended, fails with "Read end dead", and the reader gets a clean end
   * after the first buffer (checked by hand: 5,120 of 1,000,000 bytes with a 4 KB pipe).
   */
  private static byte[] readInBurstsOnShortLivedThreads(InputStream in) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[1024];
    boolean[] ended = {false};
    int bursts = 0;
    while (!ended[0]) {
      Thread reader =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      int n = in.read(chunk);
                      if (n < 0) {
                        ended[0] = true;
                      } else {
                        out.write(chunk, 0, n);
                      }
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
      reader.join();
      bursts++;
      Thread.sleep(bursts == 2 ? 1_500 : 0);
    }
    return out.toByteArray();
  }

  @Test
  void aBodyManyTimesTheBufferArrivesWholeWhenReadInBurstsOnThreadsThatEnd() throws Exception {
    byte[] body = lines(3_000);
    ExportStream in =
        ExportStream.start(
            executor,
            "test export",
            new ExportStream(4096, Duration.ofSeconds(30)),
            out -> out.write(body));

    assertThat(body.length).isGreaterThan(50 * 4096);
    assertThat(readInBurstsOnShortLivedThreads(in)).isEqualTo(body);
  }

  @Test
  void aWriterFailureReachesTheReaderAfterTheBytesWrittenBeforeIt() throws Exception {
    ExportStream in =
        ExportStream.start(
            executor,
            "test export",
            out -> {
              out.write("{\"memory\":1}\n".getBytes(StandardCharsets.UTF_8));
              throw new IllegalStateException("the store went away");
            });
    byte[] first = new byte[13];
    int read = 0;
    while (read < first.length) {
      read += in.read(first, read, first.length - read);
    }

    assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("{\"memory\":1}\n");
    assertThatThrownBy(in::read)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("failed before its end")
        .hasRootCauseMessage("the store went away");
  }

  @Test
  void closingTheReaderStopsAWriterWaitingForRoom() throws Exception {
    CompletableFuture<Throwable> writerOutcome = new CompletableFuture<>();
    ExportStream in =
        ExportStream.start(
            executor,
            "test export",
            new ExportStream(1024, Duration.ofSeconds(30)),
            out -> {
              try {
                while (true) {
                  out.write(new byte[512]);
                }
              } catch (IOException e) {
                writerOutcome.complete(e);
                throw e;
              }
            });
    assertThat(in.read(new byte[100])).isPositive();

    in.close();

    assertThat(writerOutcome.get(10, TimeUnit.SECONDS))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("reader has gone");
  }

  @Test
  void aWriterGivesUpWhenNobodyReadsForTheStallTime() throws Exception {
    AtomicReference<Throwable> writerOutcome = new AtomicReference<>();
    ExportStream in =
        ExportStream.start(
            executor,
            "test export",
            new ExportStream(1024, Duration.ofMillis(200)),
            out -> {
              try {
                out.write(new byte[4096]);
              } catch (IOException e) {
                writerOutcome.set(e);
                throw e;
              }
            });
    byte[] all = new byte[8192];
    int total = 0;
    Thread.sleep(500); // the writer waits for room past its stall time
    IOException failure = null;
    try {
      int n;
      while ((n = in.read(all, total, all.length - total)) >= 0) {
        total += n;
      }
    } catch (IOException e) {
      failure = e;
    }

    assertThat(total).isEqualTo(1024);
    assertThat(failure).isNotNull().hasRootCauseMessage(writerOutcome.get().getMessage());
    assertThat(writerOutcome.get()).hasMessageContaining("took nothing for");
  }

  @Test
  void anEmptyBodyEndsAtOnce() throws Exception {
    ExportStream in = ExportStream.start(executor, "test export", out -> {});
    assertThat(in.read()).isEqualTo(-1);
  }
}
