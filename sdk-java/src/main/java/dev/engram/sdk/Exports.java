package dev.engram.sdk;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Export files: written to {@code <file>.part}, moved into place once complete. */
final class Exports {
  private Exports() {}

  static long toFile(Path file, ToLongFunction<OutputStream> export) {
    Path part = part(file);
    try {
      long written;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
        written = export.applyAsLong(out);
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      return written;
    } catch (IOException e) {
      deleteQuietly(part);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      deleteQuietly(part);
      throw e;
    }
  }

  static CompletableFuture<Long> toFileAsync(
      Path file, Function<OutputStream, CompletableFuture<Long>> export) {
    Path part = part(file);
    OutputStream out;
    try {
      out = new BufferedOutputStream(Files.newOutputStream(part));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(new UncheckedIOException(e));
    }
    return export
        .apply(out)
        .handle(
            (written, failure) -> {
              try {
                out.close();
                if (failure == null) {
                  Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
                }
              } catch (IOException e) {
                failure = failure == null ? new UncheckedIOException(e) : failure;
              }
              if (failure != null) {
                deleteQuietly(part);
                throw failure instanceof RuntimeException r
                    ? r
                    : new java.util.concurrent.CompletionException(failure);
              }
              return written;
            });
  }

  private static Path part(Path file) {
    return file.resolveSibling(file.getFileName() + ".part");
  }

  private static void deleteQuietly(Path part) {
    try {
      Files.deleteIfExists(part);
    } catch (IOException ignored) {
      // the export's own failure is what the caller needs to see
    }
  }
}
