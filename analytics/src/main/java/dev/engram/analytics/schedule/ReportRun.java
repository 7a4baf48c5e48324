package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.Window;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * One run of a schedule: for a tick of its cron expression ({@code schedule}) or asked for at once
 * ({@code manual}). Status goes {@code queued} → {@code running} → {@code succeeded}, or through
 * {@code retrying} (an attempt failed, another is scheduled with backoff) to {@code failed}
 * (nothing delivered) or {@code partial} (some destinations got the files, others not).
 */
public record ReportRun(
    String id,
    String scheduleId,
    String orgId,
    String trigger,
    Instant tick,
    Window period,
    String status,
    int attempts,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable Long durationMs,
    @Nullable Long sizeBytes,
    @Nullable String error,
    List<Delivery> deliveries,
    List<OutputFile> outputs,
    Instant createdAt) {
  public ReportRun {
    requireNonNull(id, "id is null");
    requireNonNull(scheduleId, "scheduleId is null");
    requireNonNull(orgId, "orgId is null");
    requireNonNull(trigger, "trigger is null");
    requireNonNull(tick, "tick is null");
    requireNonNull(period, "period is null");
    requireNonNull(status, "status is null");
    deliveries = List.copyOf(deliveries);
    outputs = List.copyOf(outputs);
    requireNonNull(createdAt, "createdAt is null");
  }

  public boolean finished() {
    return status.equals("succeeded") || status.equals("failed") || status.equals("partial");
  }

  /**
   * The outcome of one destination: {@code pending}, {@code delivered} or {@code failed}, after how
   * many attempts, with what detail (the error, or where the files went).
   */
  public record Delivery(
      int index,
      String type,
      String target,
      String status,
      int attempts,
      @Nullable String detail,
      @Nullable Instant at) {
    public Delivery {
      requireNonNull(type, "type is null");
      requireNonNull(target, "target is null");
      requireNonNull(status, "status is null");
    }
  }

  /** A file the run produced, kept for download. */
  public record OutputFile(String fileName, String contentType, long sizeBytes) {
    public OutputFile {
      requireNonNull(fileName, "fileName is null");
      requireNonNull(contentType, "contentType is null");
    }
  }
}
