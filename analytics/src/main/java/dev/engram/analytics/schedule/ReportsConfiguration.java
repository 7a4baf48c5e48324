package dev.engram.analytics.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Scheduled report exports.
 *
 * @param directory root of directory destinations (each organization writes under {@code
 *     <directory>/<org id>/}); default {@code <engram.home>/reports}
 * @param maxAttempts attempts of a run before it is {@code failed} (or {@code partial})
 * @param retryBackoff wait before the second attempt of a run, doubled for each further one
 * @param timeout connect and response timeout of one webhook, SMTP or S3 call
 * @param allowPrivateWebhooks allow webhook destinations on loopback, private and other internal
 *     addresses (the SSRF guard off for report webhooks; tests turn it on for 127.0.0.1)
 * @param allowPrivateBucketEndpoints allow S3 destinations whose endpoint is on a loopback, private
 *     or otherwise internal address (an object store on the operator's own network; tests use
 *     127.0.0.1); {@code engram.callbacks.allowed-hosts} can instead allow named hosts
 * @param maxSchedulesPerOrg most schedules one organization may have
 * @param maxRunsKept runs (and their files) kept per schedule; older ones are deleted
 * @param smtpHost SMTP server of e-mail destinations; unset: e-mail destinations are refused
 * @param smtpPort its port
 * @param smtpUsername user name for SMTP authentication, when the server needs one
 * @param smtpPassword its password
 * @param smtpFrom sender address of report e-mails
 * @param smtpStarttls require STARTTLS before authenticating
 */
@ConfigurationProperties("engram.reports")
public record ReportsConfiguration(
    @Nullable String directory,
    @Bindable(defaultValue = "4") int maxAttempts,
    @Bindable(defaultValue = "30s") Duration retryBackoff,
    @Bindable(defaultValue = "10s") Duration timeout,
    @Bindable(defaultValue = "false") boolean allowPrivateWebhooks,
    @Bindable(defaultValue = "false") boolean allowPrivateBucketEndpoints,
    @Bindable(defaultValue = "100") int maxSchedulesPerOrg,
    @Bindable(defaultValue = "50") int maxRunsKept,
    @Nullable String smtpHost,
    @Bindable(defaultValue = "25") int smtpPort,
    @Nullable String smtpUsername,
    @Nullable String smtpPassword,
    @Bindable(defaultValue = "engram@localhost") String smtpFrom,
    @Bindable(defaultValue = "false") boolean smtpStarttls) {

  public ReportsConfiguration {
    if (maxAttempts < 1 || maxSchedulesPerOrg < 1 || maxRunsKept < 1) {
      throw new IllegalArgumentException(
          "engram.reports.max-attempts, max-schedules-per-org and max-runs-kept must be positive");
    }
  }
}
