package dev.engram.api.security;

import dev.engram.api.testing.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Clients that call the API with one key as fast as they can, recording when each request was sent
 * and how it was answered. Each client stops by itself after {@code requestsAfterMark} requests
 * sent after {@link #mark()}, or after {@code maxRequests} in all.
 */
final class KeyHammer implements AutoCloseable {
  /** One request: when it was sent (System.nanoTime) and its status. */
  record Call(long sentAt, int status) {}

  private final ExecutorService pool;
  private final List<List<Call>> calls = new ArrayList<>();
  private final AtomicLong mark = new AtomicLong(Long.MAX_VALUE);
  private final CountDownLatch warm;
  private final CountDownLatch finished;

  KeyHammer(
      int clients, int maxRequests, int requestsAfterMark, Function<Integer, Http.Response> call) {
    pool = Executors.newFixedThreadPool(clients);
    warm = new CountDownLatch(clients * 5);
    finished = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      List<Call> mine = new ArrayList<>();
      calls.add(mine);
      int client = c;
      pool.execute(
          () -> {
            try {
              int afterMark = 0;
              for (int i = 0; i < maxRequests && afterMark < requestsAfterMark; i++) {
                long sentAt = System.nanoTime();
                int status = call.apply(client * maxRequests + i).status();
                synchronized (mine) {
                  mine.add(new Call(sentAt, status));
                }
                if (status / 100 == 2) {
                  warm.countDown();
                }
                if (sentAt > mark.get()) {
                  afterMark++;
                }
              }
            } finally {
              finished.countDown();
            }
          });
    }
  }

  /** Waits until the key has worked a few times per client (so it sits in the cache). */
  boolean awaitWarm() throws InterruptedException {
    return warm.await(60, TimeUnit.SECONDS);
  }

  /** Marks now as the moment after which no request may succeed (the admin's answer arrived). */
  long mark() {
    long now = System.nanoTime();
    mark.set(now);
    return now;
  }

  boolean awaitFinished() throws InterruptedException {
    return finished.await(120, TimeUnit.SECONDS);
  }

  List<Call> calls() {
    List<Call> all = new ArrayList<>();
    for (List<Call> mine : calls) {
      synchronized (mine) {
        all.addAll(mine);
      }
    }
    return all;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
