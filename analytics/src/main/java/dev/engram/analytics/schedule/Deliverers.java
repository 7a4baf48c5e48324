package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Singleton;
import java.util.List;

/** Sends a run's files to one destination, whatever its kind. */
@Singleton
final class Deliverers {
  private final DirectoryDelivery directory;
  private final EmailDelivery email;
  private final WebhookDelivery webhook;
  private final S3Delivery s3;

  Deliverers(
      DirectoryDelivery directory, EmailDelivery email, WebhookDelivery webhook, S3Delivery s3) {
    this.directory = requireNonNull(directory, "directory is null");
    this.email = requireNonNull(email, "email is null");
    this.webhook = requireNonNull(webhook, "webhook is null");
    this.s3 = requireNonNull(s3, "s3 is null");
  }

  /** Delivers the files; returns what was done (shown in the run's record); throws on failure. */
  String deliver(
      ReportSchedule schedule, ReportRun run, List<ReportSource.Output> files, Destination to)
      throws Exception {
    return switch (to) {
      case Destination.Directory d -> directory.deliver(schedule, run, files, d);
      case Destination.Email e -> email.deliver(schedule, run, files, e);
      case Destination.Webhook w -> webhook.deliver(schedule, run, files, w);
      case Destination.S3 b -> s3.deliver(run, files, b);
    };
  }
}
