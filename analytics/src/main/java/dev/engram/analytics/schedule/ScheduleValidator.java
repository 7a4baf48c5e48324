package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsErrorCode;
import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.schedule.ScheduleDraft.DestinationDraft;
import dev.engram.tenancy.app.Apps;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a draft into a valid schedule, or refuses it with 400 naming the field at fault. */
@Singleton
final class ScheduleValidator {
  static final List<String> TYPES = List.of("performance", "learning", "business", "executive");
  static final List<String> FORMATS = List.of("json", "csv", "html", "pdf");
  static final List<String> PERIODS = List.of("week", "month", "days");
  static final int MAX_DESTINATIONS = 10;
  static final int MAX_RECIPIENTS = 20;
  private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,99}");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,63}");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]");
  private static final Pattern IPV4 = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
  private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9\\-]{0,49}");
  private static final Pattern ACCESS_KEY = Pattern.compile("[\\x21-\\x7e]{3,128}");

  private final ReportsConfiguration config;
  private final WebhookGuard guard;
  private final Apps apps;

  ScheduleValidator(ReportsConfiguration config, WebhookGuard guard, Apps apps) {
    this.config = requireNonNull(config, "config is null");
    this.guard = requireNonNull(guard, "guard is null");
    this.apps = requireNonNull(apps, "apps is null");
  }

  /** The draft applied over {@code base} (absent fields keep the base's values). */
  ReportSchedule apply(ReportSchedule base, ScheduleDraft d) {
    String name = d.name() == null ? base.name() : name(d.name());
    String timeZone = d.timeZone() == null ? base.timeZone() : d.timeZone().strip();
    String cron = d.cron() == null ? base.cron() : d.cron().strip();
    Cron.of(cron, timeZone);
    List<String> types = d.types() == null ? base.types() : choices("types", d.types(), TYPES);
    List<String> formats =
        d.formats() == null ? base.formats() : choices("formats", d.formats(), FORMATS);
    SchedulePeriod period =
        d.period() == null && d.days() == null ? base.period() : period(d.period(), d.days());
    Optional<String> appId = d.appId() == null ? base.appId() : app(base.orgId(), d.appId());
    String domain = d.domain() == null ? base.domain() : domain(d.domain());
    List<Destination> destinations =
        d.destinations() == null ? base.destinations() : destinations(base.id(), d.destinations());
    boolean enabled = d.enabled() == null ? base.enabled() : d.enabled();
    if (appId.isEmpty() && types.stream().anyMatch(t -> !t.equals("executive"))) {
      throw new AnalyticsException(
          AnalyticsErrorCode.MISSING_FIELD,
          "app_id: performance, learning and business reports are of one app; give its id",
          "app_id");
    }
    if (types.contains("executive") && !domain.equals("all")) {
      throw AnalyticsException.invalid(
          "domain", "an executive report covers every domain of every app; use all");
    }
    return new ReportSchedule(
        base.id(),
        base.orgId(),
        name,
        cron,
        timeZone,
        types,
        formats,
        period,
        appId,
        domain,
        destinations,
        enabled,
        base.createdBy(),
        base.createdAt(),
        base.updatedAt());
  }

  /** Checks a new schedule's required fields, which {@link #apply} then fills in. */
  void requireForCreate(ScheduleDraft d) {
    if (d.name() == null) {
      throw AnalyticsException.missing("name");
    }
    if (d.cron() == null) {
      throw AnalyticsException.missing("cron");
    }
    if (d.types() == null) {
      throw AnalyticsException.missing("types");
    }
  }

  private static String name(String name) {
    String clean = name.strip();
    if (clean.isEmpty() || clean.length() > 100) {
      throw AnalyticsException.invalid("name", "must be 1 to 100 characters");
    }
    return clean;
  }

  private static List<String> choices(String field, List<String> values, List<String> allowed) {
    if (values.isEmpty()) {
      throw AnalyticsException.invalid(field, "must name at least one of " + allowed);
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i) == null ? "" : values.get(i).strip().toLowerCase(Locale.ROOT);
      if (!allowed.contains(value)) {
        throw AnalyticsException.invalid(
            field + "[" + i + "]", "must be one of " + allowed + ", not '" + values.get(i) + "'");
      }
      out.add(value);
    }
    return List.copyOf(out);
  }

  private static SchedulePeriod period(@Nullable String kind, @Nullable Integer days) {
    String k = kind == null ? "days" : kind.strip().toLowerCase(Locale.ROOT);
    if (!PERIODS.contains(k)) {
      throw AnalyticsException.invalid("period", "must be one of " + PERIODS);
    }
    if (k.equals("days")) {
      if (days == null) {
        throw AnalyticsException.missing("days");
      }
      if (days < 1 || days > SchedulePeriod.MAX_DAYS) {
        throw AnalyticsException.invalid("days", "must be 1 to " + SchedulePeriod.MAX_DAYS);
      }
      return new SchedulePeriod(k, days);
    }
    if (days != null) {
      throw AnalyticsException.invalid("days", "is only used with period \"days\"");
    }
    return new SchedulePeriod(k, k.equals("week") ? 7 : 0);
  }

  private Optional<String> app(String orgId, String appId) {
    if (appId.isBlank()) {
      return Optional.empty();
    }
    boolean ours = apps.findById(appId).filter(a -> a.orgId().equals(orgId)).isPresent();
    if (!ours) {
      throw AnalyticsException.invalid("app_id", "no such app in this organization");
    }
    return Optional.of(appId);
  }

  private static String domain(String domain) {
    if (!DOMAIN.matcher(domain).matches()) {
      throw AnalyticsException.invalid(
          "domain", "must be all or a domain name (letters, digits, _ . : -, at most 100)");
    }
    return domain;
  }

  private List<Destination> destinations(String scheduleId, List<DestinationDraft> drafts) {
    if (drafts.isEmpty()) {
      throw AnalyticsException.invalid("destinations", "must name at least one destination");
    }
    if (drafts.size() > MAX_DESTINATIONS) {
      throw AnalyticsException.invalid(
          "destinations", "at most " + MAX_DESTINATIONS + " destinations");
    }
    List<Destination> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      out.add(destination(scheduleId, "destinations[" + i + "]", drafts.get(i)));
    }
    return out;
  }

  private Destination destination(String scheduleId, String at, DestinationDraft d) {
    if (d == null || d.type() == null) {
      throw AnalyticsException.missing(at + ".type");
    }
    String type = d.type().strip().toLowerCase(Locale.ROOT);
    List<String> allowed =
        switch (type) {
          case "directory" -> List.of("path");
          case "email" -> List.of("to", "subject");
          case "webhook" -> List.of("url", "secret");
          case "s3" ->
              List.of(
                  "endpoint",
                  "bucket",
                  "prefix",
                  "region",
                  "access_key_id",
                  "secret_access_key",
                  "path_style");
          default ->
              throw AnalyticsException.invalid(
                  at + ".type", "must be directory, email, webhook or s3, not '" + d.type() + "'");
        };
    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("path", d.path());
    sent.put("to", d.to());
    sent.put("subject", d.subject());
    sent.put("url", d.url());
    sent.put("secret", d.secret());
    sent.put("endpoint", d.endpoint());
    sent.put("bucket", d.bucket());
    sent.put("prefix", d.prefix());
    sent.put("region", d.region());
    sent.put("access_key_id", d.accessKeyId());
    sent.put("secret_access_key", d.secretAccessKey());
    sent.put("path_style", d.pathStyle());
    sent.forEach(
        (field, value) -> {
          if (value != null && !allowed.contains(field)) {
            throw AnalyticsException.invalid(
                at + "." + field, "is not used by " + type + " destinations");
          }
        });
    switch (type) {
      case "directory" -> {
        return new Destination.Directory(d.path() == null ? scheduleId : path(at, d.path()));
      }
      case "email" -> {
        if (config.smtpHost() == null || config.smtpHost().isBlank()) {
          throw new AnalyticsException(
              AnalyticsErrorCode.SMTP_NOT_CONFIGURED,
              at + ".type: e-mail needs an SMTP server (engram.reports.smtp-host)",
              at + ".type");
        }
        return new Destination.Email(recipients(at, d.to()), subject(at, d.subject()));
      }
      case "webhook" -> {
        URI url = webhookUrl(at + ".url", d.url());
        if (d.secret() == null) {
          throw AnalyticsException.missing(at + ".secret");
        }
        if (d.secret().length() < 16 || d.secret().length() > 200) {
          throw AnalyticsException.invalid(at + ".secret", "must be 16 to 200 characters");
        }
        return new Destination.Webhook(url, d.secret());
      }
      default -> {
        return s3(at, d);
      }
    }
  }

  private Destination.S3 s3(String at, DestinationDraft d) {
    URI endpoint = s3Endpoint(at + ".endpoint", d.endpoint());
    if (d.bucket() == null) {
      throw AnalyticsException.missing(at + ".bucket");
    }
    String bucket = d.bucket().strip();
    if (!BUCKET.matcher(bucket).matches()
        || bucket.contains("..")
        || bucket.contains(".-")
        || bucket.contains("-.")
        || IPV4.matcher(bucket).matches()) {
      throw AnalyticsException.invalid(
          at + ".bucket",
          "must be an S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens,"
              + " starting and ending with a letter or digit, not an IP address");
    }
    String prefix = d.prefix() == null ? "" : d.prefix().strip();
    while (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    if (!prefix.isEmpty()) {
      String[] segments = prefix.split("/", -1);
      if (prefix.length() > 512 || segments.length > 10) {
        throw AnalyticsException.invalid(at + ".prefix", "at most 10 segments, 512 characters");
      }
      for (String segment : segments) {
        if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
          throw AnalyticsException.invalid(
              at + ".prefix",
              "must be names (letters, digits, . _ -) separated by /, without a leading /");
        }
      }
    }
    String region = d.region() == null ? "us-east-1" : d.region().strip();
    if (!REGION.matcher(region).matches()) {
      throw AnalyticsException.invalid(
          at + ".region", "must be a region name such as us-east-1 (letters, digits, -)");
    }
    if (d.accessKeyId() == null) {
      throw AnalyticsException.missing(at + ".access_key_id");
    }
    String accessKeyId = d.accessKeyId().strip();
    if (!ACCESS_KEY.matcher(accessKeyId).matches()) {
      throw AnalyticsException.invalid(
          at + ".access_key_id", "must be 3 to 128 printable characters without spaces");
    }
    if (d.secretAccessKey() == null) {
      throw AnalyticsException.missing(at + ".secret_access_key");
    }
    if (d.secretAccessKey().length() < 8 || d.secretAccessKey().length() > 256) {
      throw AnalyticsException.invalid(at + ".secret_access_key", "must be 8 to 256 characters");
    }
    return new Destination.S3(
        endpoint,
        bucket,
        prefix,
        region,
        accessKeyId,
        d.secretAccessKey(),
        d.pathStyle() == null || d.pathStyle());
  }

  /**
   * An absolute http(s) URL of an object store (scheme, host, optional port, nothing else) that
   * passes the SSRF guard unless {@code engram.reports.allow-private-bucket-endpoints}, else 400
   * naming the field.
   */
  URI s3Endpoint(String field, @Nullable String endpoint) {
    if (endpoint == null) {
      throw AnalyticsException.missing(field);
    }
    URI uri;
    try {
      uri = new URI(endpoint.strip());
    } catch (URISyntaxException e) {
      throw badEndpoint(field, "is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw badEndpoint(field, "must be an http or https URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw badEndpoint(field, "must have a host name or address");
    }
    if (uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || !(uri.getRawPath() == null
            || uri.getRawPath().isEmpty()
            || uri.getRawPath().equals("/"))) {
      throw badEndpoint(
          field, "must be only scheme, host and port (https://s3.example.com:9000), no path");
    }
    URI clean = URI.create(scheme + "://" + uri.getRawAuthority());
    Optional<String> refusal = S3Delivery.refusal(config, guard, clean);
    if (refusal.isPresent()) {
      throw badEndpoint(field, refusal.get());
    }
    return clean;
  }

  private static AnalyticsException badEndpoint(String field, String reason) {
    return new AnalyticsException(
        AnalyticsErrorCode.INVALID_S3_ENDPOINT, field + ": " + reason, field);
  }

  private static String path(String at, String path) {
    String[] segments = path.split("/", -1);
    if (segments.length > 5) {
      throw AnalyticsException.invalid(at + ".path", "at most 5 segments");
    }
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
        throw AnalyticsException.invalid(
            at + ".path",
            "must be a relative path of names (letters, digits, . _ -) separated by /");
      }
    }
    return path;
  }

  private static List<String> recipients(String at, @Nullable List<String> to) {
    if (to == null || to.isEmpty()) {
      throw AnalyticsException.missing(at + ".to");
    }
    if (to.size() > MAX_RECIPIENTS) {
      throw AnalyticsException.invalid(at + ".to", "at most " + MAX_RECIPIENTS + " recipients");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < to.size(); i++) {
      String address = to.get(i) == null ? "" : to.get(i).strip();
      try {
        InternetAddress parsed = new InternetAddress(address, true);
        if (!address.contains("@") || address.length() > 254) {
          throw new AddressException("not an address");
        }
        out.add(parsed.getAddress());
      } catch (AddressException e) {
        throw AnalyticsException.invalid(
            at + ".to[" + i + "]", "must be an e-mail address, not '" + to.get(i) + "'");
      }
    }
    return out;
  }

  private static Optional<String> subject(String at, @Nullable String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    if (subject.isBlank() || subject.length() > 200 || subject.contains("\n")) {
      throw AnalyticsException.invalid(at + ".subject", "must be one line of 1 to 200 characters");
    }
    return Optional.of(subject.strip());
  }

  /** An absolute http(s) URL that passes the SSRF guard, else 400 naming the field. */
  URI webhookUrl(String field, @Nullable String url) {
    if (url == null) {
      throw AnalyticsException.missing(field);
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw refused(field, "is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (url.length() > 2048) {
      throw refused(field, "must be at most 2048 characters");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused(field, "must be an http or https URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw refused(field, "must have a host name or address");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused(field, "must not contain user info");
    }
    Optional<String> refusal = refusal(uri);
    if (refusal.isPresent()) {
      throw refused(field, refusal.get());
    }
    return uri;
  }

  /** Why the URL may not be called now (SSRF guard), unless private addresses are allowed. */
  Optional<String> refusal(URI uri) {
    return config.allowPrivateWebhooks() ? Optional.empty() : guard.refusal(uri);
  }

  private static AnalyticsException refused(String field, String reason) {
    return new AnalyticsException(
        AnalyticsErrorCode.INVALID_WEBHOOK_URL, field + ": " + reason, field);
  }
}
