package dev.engram.api.console;

import dev.engram.analytics.schedule.Destination;
import dev.engram.analytics.schedule.ReportRun;
import dev.engram.analytics.schedule.ReportSchedule;
import dev.engram.analytics.schedule.ScheduleDraft;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Bodies of the report-schedule console API. Webhook secrets and S3 secret access keys are
 * accepted, never shown.
 */
final class ReportScheduleViews {
  private ReportScheduleViews() {}

  /** A schedule to create (name, cron and types required) or the fields to change. */
  @Serdeable
  record ScheduleBody(
      @Nullable String name,
      @Nullable String cron,
      @Nullable String timeZone,
      @Nullable List<String> types,
      @Nullable List<String> formats,
      @Nullable String period,
      @Nullable Integer days,
      @Nullable String appId,
      @Nullable String domain,
      @Nullable List<DestinationBody> destinations,
      @Nullable Boolean enabled) {
    ScheduleDraft draft() {
      return new ScheduleDraft(
          name,
          cron,
          timeZone,
          types,
          formats,
          period,
          days,
          appId,
          domain,
          destinations == null
              ? null
              : destinations.stream()
                  .map(
                      d ->
                          d == null
                              ? null
                              : new ScheduleDraft.DestinationDraft(
                                  d.type(),
                                  d.path(),
                                  d.to(),
                                  d.subject(),
                                  d.url(),
                                  d.secret(),
                                  d.endpoint(),
                                  d.bucket(),
                                  d.prefix(),
                                  d.region(),
                                  d.accessKeyId(),
                                  d.secretAccessKey(),
                                  d.pathStyle()))
                  .toList(),
          enabled);
    }
  }

  /**
   * {@code directory} (path), {@code email} (to, subject), {@code webhook} (url, secret) or {@code
   * s3} (endpoint, bucket, prefix, region, access_key_id, secret_access_key, path_style).
   */
  @Serdeable
  record DestinationBody(
      @Nullable String type,
      @Nullable String path,
      @Nullable List<String> to,
      @Nullable String subject,
      @Nullable String url,
      @Nullable String secret,
      @Nullable String endpoint,
      @Nullable String bucket,
      @Nullable String prefix,
      @Nullable String region,
      @Nullable String accessKeyId,
      @Nullable String secretAccessKey,
      @Nullable Boolean pathStyle) {}

  /** A destination as shown: secrets only as {@code secret_set}. */
  @Serdeable
  record DestinationView(
      String type,
      @Nullable String path,
      @Nullable List<String> to,
      @Nullable String subject,
      @Nullable String url,
      @Nullable String endpoint,
      @Nullable String bucket,
      @Nullable String prefix,
      @Nullable String region,
      @Nullable String accessKeyId,
      @Nullable Boolean pathStyle,
      @Nullable Boolean secretSet) {
    static DestinationView of(Destination d) {
      return switch (d) {
        case Destination.Directory dir ->
            new DestinationView(
                "directory",
                dir.path(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        case Destination.Email email ->
            new DestinationView(
                "email",
                null,
                email.to(),
                email.subject().orElse(null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        case Destination.Webhook hook ->
            new DestinationView(
                "webhook",
                null,
                null,
                null,
                hook.url().toString(),
                null,
                null,
                null,
                null,
                null,
                null,
                true);
        case Destination.S3 s3 ->
            new DestinationView(
                "s3",
                null,
                null,
                null,
                null,
                s3.endpoint().toString(),
                s3.bucket(),
                s3.prefix(),
                s3.region(),
                s3.accessKeyId(),
                s3.pathStyle(),
                true);
      };
    }
  }

  @Serdeable
  record ScheduleView(
      String id,
      String orgId,
      String name,
      String cron,
      String timeZone,
      List<String> types,
      List<String> formats,
      String period,
      @Nullable Integer days,
      @Nullable String appId,
      String domain,
      List<DestinationView> destinations,
      boolean enabled,
      @Nullable Instant nextRunAt,
      String createdBy,
      Instant createdAt,
      Instant updatedAt) {
    static ScheduleView of(ReportSchedule.Details details) {
      ReportSchedule s = details.schedule();
      return new ScheduleView(
          s.id(),
          s.orgId(),
          s.name(),
          s.cron(),
          s.timeZone(),
          s.types(),
          s.formats(),
          s.period().kind(),
          s.period().kind().equals("days") ? s.period().days() : null,
          s.appId().orElse(null),
          s.domain(),
          s.destinations().stream().map(DestinationView::of).toList(),
          s.enabled(),
          details.nextRunAt().orElse(null),
          s.createdBy(),
          s.createdAt(),
          s.updatedAt());
    }
  }

  @Serdeable
  record DeliveryView(
      int index,
      String type,
      String target,
      String status,
      int attempts,
      @Nullable String detail,
      @Nullable Instant at) {
    static DeliveryView of(ReportRun.Delivery d) {
      return new DeliveryView(
          d.index(), d.type(), d.target(), d.status(), d.attempts(), d.detail(), d.at());
    }
  }

  @Serdeable
  record FileView(String fileName, String contentType, long sizeBytes, String href) {}

  /** A run; {@code period_to} is exclusive (the period ends before that day). */
  @Serdeable
  record RunView(
      String id,
      String scheduleId,
      String orgId,
      String trigger,
      Instant tick,
      LocalDate periodFrom,
      LocalDate periodTo,
      String status,
      int attempts,
      @Nullable Instant startedAt,
      @Nullable Instant finishedAt,
      @Nullable Long durationMs,
      @Nullable Long sizeBytes,
      @Nullable String error,
      List<DeliveryView> deliveries,
      List<FileView> files,
      Instant createdAt) {
    static RunView of(ReportRun r) {
      String base = "/admin/v1/orgs/" + r.orgId() + "/report-runs/" + r.id() + "/files/";
      return new RunView(
          r.id(),
          r.scheduleId(),
          r.orgId(),
          r.trigger(),
          r.tick(),
          r.period().from(),
          r.period().to(),
          r.status(),
          r.attempts(),
          r.startedAt(),
          r.finishedAt(),
          r.durationMs(),
          r.sizeBytes(),
          r.error(),
          r.deliveries().stream().map(DeliveryView::of).toList(),
          r.outputs().stream()
              .map(
                  f ->
                      new FileView(
                          f.fileName(), f.contentType(), f.sizeBytes(), base + f.fileName()))
              .toList(),
          r.createdAt());
    }
  }
}
