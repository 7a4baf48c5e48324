package dev.engram.analytics.reports;

import static java.util.Objects.requireNonNull;

/**
 * A rendered report file.
 *
 * @param body the file's bytes
 * @param contentType its media type, e.g. {@code application/pdf}
 * @param fileName a file name for it, e.g. {@code engram-executive-2026-11-01-2026-12-01.pdf}
 */
public record RenderedReport(byte[] body, String contentType, String fileName) {
  public RenderedReport {
    requireNonNull(body, "body is null");
    requireNonNull(contentType, "contentType is null");
    requireNonNull(fileName, "fileName is null");
  }
}
