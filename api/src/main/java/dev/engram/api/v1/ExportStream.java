package dev.engram.api.v1;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of an export response: a writer task produces the bytes on an executor while the HTTP
 * server reads them here, through a bounded buffer.
 *
 * <p>Not {@link java.io.PipedInputStream}: a piped stream remembers the thread that last read and
 * fails the next write that finds the buffer full ("Read end dead") once that thread has ended.
 * Micronaut reads a streamed body in tasks on its I/O executor, a burst per demand from the socket,
 * each on a virtual thread that ends with the burst; when a client reads slowly, the export's next
 * write failed, the writer closed the pipe, and the client got a body cut after ~48–64 KB ending as
 * cleanly as a whole one, with 200. Here no end is tied to a thread, and a writer that fails makes
 * the reader fail too (the server then aborts the response instead of ending it as if complete).
 * When the reader closes (the client went away), the writer's next write fails and the export
 * stops.
 */
final class ExportStream extends InputStream {
  private static final Logger LOG = LoggerFactory.getLogger(ExportStream.class);
  static final int DEFAULT_CAPACITY = 64 * 1024;
  static final Duration DEFAULT_STALL = Duration.ofMinutes(5);

  /** Writes the whole body into {@code out}; the stream is closed afterwards by the caller. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition readable = lock.newCondition();
  private final Condition writable = lock.newCondition();
  private final byte[] buffer;
  private int head;
  private int size;
  private boolean finished;
  private Throwable failure;
  private boolean closed;
  private final Duration stall;

  /**
   * @param capacity bytes buffered between the writer and the reader
   * @param stall how long a writer waits for the reader to make room before giving up
   */
  ExportStream(int capacity, Duration stall) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.buffer = new byte[capacity];
    this.stall = requireNonNull(stall, "stall is null");
  }

  /** Starts {@code body} on {@code executor} and returns the stream its bytes arrive on. */
  static ExportStream start(Executor executor, String what, Body body) {
    return start(executor, what, new ExportStream(DEFAULT_CAPACITY, DEFAULT_STALL), body);
  }

  static ExportStream start(Executor executor, String what, ExportStream stream, Body body) {
    requireNonNull(body, "body is null");
    executor.execute(
        () -> {
          // the stream ends when the body returns, never before: had closing the writer's end
          // ended it (try-with-resources closes before catch runs), a failure would arrive
          // after a clean end and the reader would take a cut body for a whole one
          try {
            body.writeTo(stream.sink());
            stream.finish(null);
          } catch (IOException | RuntimeException | Error e) {
            if (!stream.readerClosed()) {
              LOG.warn("{} failed; the response is aborted", what, e);
            }
            stream.fail(e);
          }
        });
    return stream;
  }

  /** The writer's end: blocks while the buffer is full; closing it does nothing. */
  private OutputStream sink() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        put(bytes, offset, length);
      }
    };
  }

  /** Ends the stream with a failure the reader sees after the bytes before it. */
  private void fail(Throwable cause) {
    finish(requireNonNull(cause, "cause is null"));
  }

  private void put(byte[] bytes, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    lock.lock();
    try {
      while (length > 0) {
        long wait = stall.toNanos();
        while (size == buffer.length && !closed) {
          if (wait <= 0) {
            throw new IOException("the export's reader took nothing for " + stall);
          }
          try {
            wait = writable.awaitNanos(wait);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the export");
          }
        }
        if (closed) {
          throw new IOException("the export's reader has gone (the client disconnected)");
        }
        if (finished) {
          throw new IOException("the export stream is already finished");
        }
        int tail = (head + size) % buffer.length;
        int n = Math.min(length, Math.min(buffer.length - size, buffer.length - tail));
        System.arraycopy(bytes, offset, buffer, tail, n);
        size += n;
        offset += n;
        length -= n;
        readable.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  private void finish(Throwable cause) {
    lock.lock();
    try {
      if (!finished) {
        finished = true;
        failure = cause;
      }
      readable.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private boolean readerClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, into.length);
    if (length == 0) {
      return 0;
    }
    lock.lock();
    try {
      while (size == 0 && !finished && !closed) {
        try {
          readable.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for the export");
        }
      }
      if (closed) {
        throw new IOException("the export stream is closed");
      }
      if (size == 0) {
        if (failure != null) {
          throw new IOException("the export failed before its end", failure);
        }
        return -1;
      }
      int n = Math.min(length, Math.min(size, buffer.length - head));
      System.arraycopy(buffer, head, into, offset, n);
      head = (head + n) % buffer.length;
      size -= n;
      writable.signalAll();
      return n;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int available() {
    lock.lock();
    try {
      return size;
    } finally {
      lock.unlock();
    }
  }

  /** The reader is done: what is buffered is dropped and the writer's next write fails. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      size = 0;
      writable.signalAll();
      readable.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
