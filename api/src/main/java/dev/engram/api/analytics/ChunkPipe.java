package dev.engram.api.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A pipe between a producer thread and whichever thread the HTTP server reads from: chunks of up to
 * 64 KiB through a bounded queue (so the producer waits for a slow client). Unlike {@code
 * PipedInputStream} it does not tie either end to one thread.
 */
final class ChunkPipe {
  private static final byte[] END = new byte[0];
  private static final int CHUNK = 64 * 1024;

  private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(16);

  final OutputStream out =
      new OutputStream() {
        private byte[] buffer = new byte[CHUNK];
        private int size;

        @Override
        public void write(int b) throws IOException {
          if (size == CHUNK) {
            flush();
          }
          buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          while (len > 0) {
            if (size == CHUNK) {
              flush();
            }
            int n = Math.min(len, CHUNK - size);
            System.arraycopy(b, off, buffer, size, n);
            size += n;
            off += n;
            len -= n;
          }
        }

        @Override
        public void flush() throws IOException {
          if (size > 0) {
            put(java.util.Arrays.copyOf(buffer, size));
            size = 0;
          }
        }

        @Override
        public void close() throws IOException {
          flush();
          put(END);
        }
      };

  final InputStream in =
      new InputStream() {
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (len == 0) {
            return 0;
          }
          while (position == current.length) {
            if (ended) {
              return -1;
            }
            current = take();
            position = 0;
            ended = current.length == 0; // only the end marker is empty
          }
          int n = Math.min(len, current.length - position);
          System.arraycopy(current, position, b, off, n);
          position += n;
          return n;
        }
      };

  private void put(byte[] chunk) throws IOException {
    try {
      chunks.put(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("export interrupted");
    }
  }

  private byte[] take() throws IOException {
    try {
      return chunks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("export interrupted");
    }
  }
}
