package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs a run's files, base64 in one JSON body, to the destination's URL, signed: {@code
 * X-Engram-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>} with {@code
 * X-Engram-Timestamp} (Unix seconds). The SSRF guard is asked again right before the call;
 * redirects are never followed; a 2xx answer is a delivery, anything else fails the attempt.
 */
@Singleton
final class WebhookDelivery implements AutoCloseable {
  static final String SIGNATURE = "X-Engram-Signature";
  static final String TIMESTAMP = "X-Engram-Timestamp";

  private final ReportsConfiguration config;
  private final ScheduleValidator validator;
  private final JsonMapper json;
  private final Clock clock;
  private final HttpClient http;

  WebhookDelivery(
      ReportsConfiguration config, ScheduleValidator validator, JsonMapper json, Clock clock) {
    this.config = requireNonNull(config, "config is null");
    this.validator = requireNonNull(validator, "validator is null");
    this.json = requireNonNull(json, "json is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
  }

  String deliver(
      ReportSchedule schedule,
      ReportRun run,
      List<ReportSource.Output> files,
      Destination.Webhook to)
      throws IOException, InterruptedException, GeneralSecurityException {
    Optional<String> refused = validator.refusal(to.url());
    if (refused.isPresent()) {
      throw new IOException("refused: " + refused.get());
    }
    byte[] body = body(schedule, run, files);
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(to.url())
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "Engram-Reports/1")
            .header("X-Engram-Run", run.id())
            .header(TIMESTAMP, timestamp)
            .header(SIGNATURE, "v1=" + sign(to.secret(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    response.body().close();
    int status = response.statusCode();
    if (status / 100 != 2) {
      throw new IOException(
          "HTTP " + status + (status / 100 == 3 ? " (redirects are not followed)" : ""));
    }
    return "HTTP " + status;
  }

  /** The signature of a body: hex HMAC-SHA256 of {@code timestamp + "." + body}. */
  static String sign(String secret, String timestamp, byte[] body) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }

  private byte[] body(ReportSchedule schedule, ReportRun run, List<ReportSource.Output> files)
      throws IOException, GeneralSecurityException {
    List<Map<String, Object>> items = new ArrayList<>();
    for (ReportSource.Output file : files) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("file_name", file.fileName());
      item.put("content_type", file.contentType());
      item.put("size_bytes", file.body().length);
      item.put(
          "sha256",
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())));
      item.put("content_base64", Base64.getEncoder().encodeToString(file.body()));
      items.add(item);
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("event", "report.run");
    payload.put("org_id", run.orgId());
    payload.put("schedule_id", schedule.id());
    payload.put("schedule_name", schedule.name());
    payload.put("run_id", run.id());
    payload.put("trigger", run.trigger());
    payload.put("tick", run.tick().toString());
    payload.put(
        "period",
        Map.of("from", run.period().from().toString(), "to", run.period().to().toString()));
    payload.put("files", items);
    return json.writeValueAsBytes(payload);
  }

  @Override
  @PreDestroy
  public void close() {
    http.close();
  }
}
