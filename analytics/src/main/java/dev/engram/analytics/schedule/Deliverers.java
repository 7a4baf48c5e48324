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

  Deliverers(DirectoryDelivery directory, EmailDelivery email, WebhookDelivery webhook) {
    this.directory = requireNonNull(directory, "directory is null");
    this.email = requireNonNull(email, "email is null");
    this.webhook = requireNonNull(webhook, "webhook is null");
  }

  /** Delivers the files; returns what was done (shown in the run's record); throws on failure. */
  String deliver(
      ReportSchedule schedule, ReportRun run, List<ReportSource.Output> files, Destination to)
      throws Exception {
    return switch (to) {
      case Destination.Directory d -> directory.deliver(schedule, run, files, d);
      case Destination.Email e -> email.deliver(schedule, run, files, e);
      case Destination.Webhook w -> webhook.deliver(schedule, run, files, w);
    };
  }
}
