package dev.engram.analytics.schedule;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A schedule as a client sent it, before validation. On create, absent fields take their defaults;
 * on update, absent fields keep their value.
 */
public record ScheduleDraft(
    @Nullable String name,
    @Nullable String cron,
    @Nullable String timeZone,
    @Nullable List<String> types,
    @Nullable List<String> formats,
    @Nullable String period,
    @Nullable Integer days,
    @Nullable String appId,
    @Nullable String domain,
    @Nullable List<DestinationDraft> destinations,
    @Nullable Boolean enabled) {

  /** A destination as sent: the fields that apply depend on {@code type}. */
  public record DestinationDraft(
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
      @Nullable Boolean pathStyle) {

    /** A directory, e-mail or webhook destination (no S3 fields). */
    public DestinationDraft(
        @Nullable String type,
        @Nullable String path,
        @Nullable List<String> to,
        @Nullable String subject,
        @Nullable String url,
        @Nullable String secret) {
      this(type, path, to, subject, url, secret, null, null, null, null, null, null, null);
    }
  }
}
