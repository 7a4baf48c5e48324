package dev.engram.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.CallbackReceiver;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scheduled report exports over real HTTP: a directory, a real SMTP server (GreenMail) and a real
 * webhook receiver get the files; runs are recorded, retried and downloadable; cron ticks fire on
 * the application's clock.
 */
@MicronautTest(transactional = false)
class ReportSchedulesApiIT extends ApiTestSupport {
  private static final String SECRET = "a-webhook-secret-of-some-length";

  private final GreenMail smtp = startSmtp();
  private final CallbackReceiver receiver = new CallbackReceiver();
  private final InProcessS3 s3 = new InProcessS3();
  private String admin;
  private String orgId;
  private String appId;

  private static GreenMail startSmtp() {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    return mail;
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
    properties.put("test.fake-report-source", "true");
    properties.put("engram.reports.allow-private-webhooks", "true");
    properties.put("engram.reports.allow-private-bucket-endpoints", "true");
    properties.put("engram.reports.smtp-host", "127.0.0.1");
    properties.put("engram.reports.smtp-port", String.valueOf(smtp.getSmtp().getPort()));
    properties.put("engram.reports.smtp-from", "reports@engram.test");
    properties.put("engram.reports.max-attempts", "3");
    properties.put("engram.reports.retry-backoff", "200ms");
    properties.put("engram.reports.timeout", "5s");
    properties.put("engram.jobs.polling-interval", "100ms");
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    admin = adminToken();
    orgId = createOrg(admin, unique("reports"));
    appId = createApp(admin, orgId, unique("agent"));
  }

  @AfterAll
  void tearDown() {
    smtp.stop();
    receiver.close();
    s3.close();
  }

  private String base() {
    return "/admin/v1/orgs/" + orgId;
  }

  private Http.Response create(Map<String, Object> body) {
    return http.post(base() + "/report-schedules", http.toJson(body), Http.bearer(admin));
  }

  private String createSchedule(Map<String, Object> body) {
    Http.Response response = create(body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.text("id");
  }

  private Http.Response runNow(String scheduleId) {
    Http.Response response =
        http.post(base() + "/report-schedules/" + scheduleId + "/run", "", Http.bearer(admin));
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    return response;
  }

  /** The run once it satisfies the condition, within 30 s. */
  private Http.Response awaitRun(String runId, Predicate<Http.Response> until) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      Http.Response run = http.get(base() + "/report-runs/" + runId, Http.bearer(admin));
      assertThat(run.status()).as(run.body()).isEqualTo(200);
      if (until.test(run)) {
        return run;
      }
      assertThat(Instant.now()).as("run %s: %s", runId, run.body()).isBefore(deadline);
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
  }

  private Http.Response awaitFinished(String runId) {
    return awaitRun(
        runId, r -> List.of("succeeded", "failed", "partial").contains(r.text("status")));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Http.Response response, String field) {
    return (List<Map<String, Object>>) response.map().get(field);
  }

  @Test
  void runNowDeliversEveryTypeAndFormatToADirectoryAndKeepsTheFiles() throws IOException {
    String id =
        createSchedule(
            Map.of(
                "name",
                "weekly executive",
                "app_id",
                appId,
                "cron",
                "0 7 * * MON",
                "time_zone",
                "Europe/Paris",
                "types",
                List.of("executive", "performance"),
                "formats",
                List.of("pdf", "csv"),
                "destinations",
                List.of(Map.of("type", "directory", "path", "exec/weekly"))));

    String runId = runNow(id).text("id");
    Http.Response run = awaitFinished(runId);

    assertThat(run.text("status")).as(run.body()).isEqualTo("succeeded");
    assertThat(run.text("trigger")).isEqualTo("manual");
    assertThat(run.at("attempts")).isEqualTo(1);
    assertThat(((Number) run.at("duration_ms")).longValue()).isGreaterThanOrEqualTo(0);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    assertThat(run.text("period_to")).isIn(today.toString(), today.plusDays(1).toString());
    List<Map<String, Object>> deliveries = list(run, "deliveries");
    assertThat(deliveries).hasSize(1);
    assertThat(deliveries.getFirst())
        .containsEntry("status", "delivered")
        .containsEntry("attempts", 1);
    List<Map<String, Object>> files = list(run, "files");
    assertThat(files).extracting(f -> f.get("file_name")).hasSize(4);
    long total = files.stream().mapToLong(f -> ((Number) f.get("size_bytes")).longValue()).sum();
    assertThat(((Number) run.at("size_bytes")).longValue()).isEqualTo(total);

    Path dir = home.resolve("reports").resolve(orgId).resolve("exec/weekly");
    List<Path> written;
    try (Stream<Path> walk = Files.walk(dir)) {
      written = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(written).hasSize(4);
    assertThat(written.getFirst().getParent().getFileName().toString()).endsWith(runId);
    Path pdf =
        written.stream()
            .filter(p -> p.toString().endsWith("executive-" + run.text("period_from") + ".pdf"))
            .findFirst()
            .orElseThrow();
    assertThat(Files.readString(pdf))
        .contains("report=executive format=pdf org=" + orgId + " app=" + appId);

    String href =
        (String)
            files.stream()
                .filter(
                    f ->
                        f.get("file_name").toString().endsWith(".pdf")
                            && f.get("file_name").toString().startsWith("executive"))
                .findFirst()
                .orElseThrow()
                .get("href");
    Http.Response download = http.get(href, Http.bearer(admin));
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).startsWith("application/pdf");
    assertThat(download.header("Content-Disposition")).contains("attachment");
    assertThat(download.body()).isEqualTo(Files.readString(pdf));

    Http.Response runs = http.get(base() + "/report-schedules/" + id + "/runs", Http.bearer(admin));
    assertThat(runs.list()).extracting(r -> r.get("id")).containsExactly(runId);
  }

  @Test
  void emailsTheFilesAsAttachmentsThroughARealSmtpServer() throws Exception {
    int before = smtp.getReceivedMessages().length;
    String id =
        createSchedule(
            Map.of(
                "name",
                "monthly learning",
                "app_id",
                appId,
                "cron",
                "0 6 1 * *",
                "types",
                List.of("learning"),
                "formats",
                List.of("html", "json"),
                "period",
                "month",
                "destinations",
                List.of(
                    Map.of(
                        "type", "email",
                        "to", List.of("ceo@example.com", "cto@example.com"),
                        "subject", "Monthly learning report"))));

    Http.Response run = awaitFinished(runNow(id).text("id"));

    assertThat(run.text("status")).as(run.body()).isEqualTo("succeeded");
    assertThat(smtp.waitForIncomingEmail(10_000, before + 2)).isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    List<MimeMessage> ours = new ArrayList<>();
    for (int i = before; i < received.length; i++) {
      ours.add(received[i]);
    }
    assertThat(ours).hasSize(2);
    MimeMessage message = ours.getFirst();
    assertThat(message.getSubject()).isEqualTo("Monthly learning report");
    assertThat(message.getFrom()[0].toString()).isEqualTo("reports@engram.test");
    assertThat(message.getRecipients(Message.RecipientType.TO))
        .extracting(Object::toString)
        .containsExactly("ceo@example.com", "cto@example.com");
    MimeMultipart parts = (MimeMultipart) message.getContent();
    List<String> names = new ArrayList<>();
    String html = null;
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null) {
        names.add(part.getFileName());
        if (part.getFileName().endsWith(".html")) {
          html = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(names)
        .containsExactlyInAnyOrder(
            "learning-" + run.text("period_from") + ".html",
            "learning-" + run.text("period_from") + ".json");
    assertThat(html).contains("report=learning format=html org=" + orgId);
    LocalDate from = LocalDate.parse(run.text("period_from"));
    LocalDate to = LocalDate.parse(run.text("period_to"));
    assertThat(from).isEqualTo(to.minusMonths(1));
  }

  @Test
  void postsASignedWebhookThatTheReceiverVerifies() throws Exception {
    String path = "/hooks/" + unique("h");
    String id =
        createSchedule(
            Map.of(
                "name",
                "business to a webhook",
                "app_id",
                appId,
                "cron",
                "30 8 * * *",
                "types",
                List.of("business"),
                "formats",
                List.of("csv"),
                "period",
                "days",
                "days",
                14,
                "destinations",
                List.of(Map.of("type", "webhook", "url", receiver.url(path), "secret", SECRET))));
    Http.Response schedule = http.get(base() + "/report-schedules/" + id, Http.bearer(admin));
    assertThat(schedule.body()).doesNotContain(SECRET).contains("\"secret_set\":true");

    String runId = runNow(id).text("id");
    Http.Response run = awaitFinished(runId);
    assertThat(run.text("status")).as(run.body()).isEqualTo("succeeded");

    CallbackReceiver.Received hook = next(path);
    String timestamp = hook.header("X-Engram-Timestamp");
    String expected = "v1=" + hmac(SECRET, timestamp + "." + hook.body());
    assertThat(hook.header("X-Engram-Signature")).isEqualTo(expected);
    assertThat(hook.header("X-Engram-Signature"))
        .isNotEqualTo("v1=" + hmac("another secret!!", timestamp + "." + hook.body()));
    assertThat(Math.abs(Long.parseLong(timestamp) - clock.instant().getEpochSecond()))
        .isLessThan(60);
    Map<String, Object> payload =
        jsonMapper.readValue(
            hook.body(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    assertThat(payload).containsEntry("run_id", runId).containsEntry("schedule_id", id);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> files = (List<Map<String, Object>>) payload.get("files");
    assertThat(files).hasSize(1);
    String content =
        new String(
            Base64.getDecoder().decode((String) files.getFirst().get("content_base64")),
            StandardCharsets.UTF_8);
    assertThat(content)
        .contains("report=business format=csv")
        .contains("from=" + run.text("period_from"));
    assertThat(LocalDate.parse(run.text("period_from")))
        .isEqualTo(LocalDate.parse(run.text("period_to")).minusDays(14));
  }

  private Map<String, Object> s3Destination(String bucket, String prefix) {
    Map<String, Object> d = new java.util.LinkedHashMap<>();
    d.put("type", "s3");
    d.put("endpoint", s3.endpoint());
    d.put("bucket", bucket);
    d.put("prefix", prefix);
    d.put("region", "eu-west-3");
    d.put("access_key_id", InProcessS3.ACCESS_KEY);
    d.put("secret_access_key", InProcessS3.SECRET_KEY);
    d.put("path_style", true);
    return d;
  }

  @Test
  void putsTheFilesIntoAnS3BucketThatAreReadBackAsDownloaded() {
    String bucket = "engram-reports-" + unique("b").toLowerCase(java.util.Locale.ROOT);
    s3.client().createBucket(b -> b.bucket(bucket));
    String id =
        createSchedule(
            Map.of(
                "name",
                "executive to a bucket",
                "cron",
                "0 6 * * MON",
                "types",
                List.of("executive"),
                "formats",
                List.of("pdf", "csv"),
                "destinations",
                List.of(s3Destination(bucket, "exec/weekly/"))));
    Http.Response schedule = http.get(base() + "/report-schedules/" + id, Http.bearer(admin));
    Map<String, Object> shown = list(schedule, "destinations").getFirst();
    assertThat(schedule.body()).doesNotContain(InProcessS3.SECRET_KEY);
    assertThat(shown)
        .containsEntry("type", "s3")
        .containsEntry("endpoint", s3.endpoint())
        .containsEntry("bucket", bucket)
        .containsEntry("prefix", "exec/weekly")
        .containsEntry("region", "eu-west-3")
        .containsEntry("access_key_id", InProcessS3.ACCESS_KEY)
        .containsEntry("path_style", true)
        .containsEntry("secret_set", true);

    String runId = runNow(id).text("id");
    Http.Response run = awaitFinished(runId);
    assertThat(run.text("status")).as(run.body()).isEqualTo("succeeded");
    Map<String, Object> delivery = list(run, "deliveries").getFirst();
    assertThat(delivery)
        .containsEntry("type", "s3")
        .containsEntry("status", "delivered")
        .containsEntry("attempts", 1)
        .containsEntry("target", "s3://" + bucket + "/exec/weekly at " + s3.endpoint());
    assertThat((String) delivery.get("detail"))
        .startsWith("s3://" + bucket + "/exec/weekly/")
        .contains("_" + runId + "/")
        .endsWith("(2 objects)");

    List<software.amazon.awssdk.services.s3.model.S3Object> objects =
        s3.client().listObjectsV2(b -> b.bucket(bucket).prefix("exec/weekly/")).contents();
    assertThat(objects).hasSize(2);
    for (Map<String, Object> file : list(run, "files")) {
      String name = (String) file.get("file_name");
      String key =
          objects.stream()
              .map(software.amazon.awssdk.services.s3.model.S3Object::key)
              .filter(k -> k.endsWith("_" + runId + "/" + name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no object for " + name + " in " + objects));
      var object = s3.client().getObjectAsBytes(b -> b.bucket(bucket).key(key));
      assertThat(object.response().contentType()).isEqualTo(file.get("content_type"));
      assertThat(object.response().contentLength())
          .isEqualTo(((Number) file.get("size_bytes")).longValue());
      Http.Response download = http.get((String) file.get("href"), Http.bearer(admin));
      assertThat(download.status()).isEqualTo(200);
      assertThat(object.asUtf8String()).isEqualTo(download.body());
    }
    assertThat(
            s3.client()
                .getObjectAsBytes(
                    b ->
                        b.bucket(bucket)
                            .key(
                                objects.stream()
                                    .filter(o -> o.key().endsWith(".pdf"))
                                    .findFirst()
                                    .orElseThrow()
                                    .key()))
                .asUtf8String())
        .contains("report=executive format=pdf org=" + orgId);
  }

  @Test
  void aMissingBucketIsAFailedS3DeliveryWithTheServersAnswer() {
    String id =
        createSchedule(
            Map.of(
                "name",
                "to a bucket that does not exist",
                "cron",
                "0 6 * * MON",
                "types",
                List.of("executive"),
                "formats",
                List.of("json"),
                "destinations",
                List.of(Map.of("type", "directory"), s3Destination("no-such-bucket", ""))));

    Http.Response run = awaitFinished(runNow(id).text("id"));

    assertThat(run.text("status")).as(run.body()).isEqualTo("partial");
    assertThat(((Number) run.at("attempts")).intValue()).isEqualTo(3);
    List<Map<String, Object>> deliveries = list(run, "deliveries");
    assertThat(deliveries.get(0)).containsEntry("status", "delivered").containsEntry("attempts", 1);
    assertThat(deliveries.get(1))
        .containsEntry("type", "s3")
        .containsEntry("status", "failed")
        .containsEntry("attempts", 3);
    assertThat((String) deliveries.get(1).get("detail"))
        .contains("S3 404 NoSuchBucket (bucket no-such-bucket)");
  }

  @Test
  void aFailedDeliveryIsRetriedWithBackoffAndOnlyWhereItFailed() {
    String path = "/hooks/" + unique("retry");
    receiver.answer(500);
    String id =
        createSchedule(
            Map.of(
                "name",
                "retried",
                "app_id",
                appId,
                "cron",
                "0 9 * * *",
                "types",
                List.of("performance"),
                "formats",
                List.of("json"),
                "destinations",
                List.of(
                    Map.of("type", "directory", "path", "retried"),
                    Map.of("type", "webhook", "url", receiver.url(path), "secret", SECRET))));

    Http.Response run = awaitFinished(runNow(id).text("id"));

    assertThat(run.text("status")).as(run.body()).isEqualTo("succeeded");
    assertThat(run.at("attempts")).isEqualTo(2);
    List<Map<String, Object>> deliveries = list(run, "deliveries");
    assertThat(deliveries.get(0)).containsEntry("type", "directory").containsEntry("attempts", 1);
    assertThat(deliveries.get(1))
        .containsEntry("type", "webhook")
        .containsEntry("attempts", 2)
        .containsEntry("status", "delivered");
    assertThat(next(path)).isNotNull();
    assertThat(next(path)).isNotNull();
  }

  @Test
  void aDeliveryFailingEveryAttemptLeavesThePartialOutcomePerDestination() {
    String path = "/hooks/" + unique("down");
    receiver.answer(503, 503, 503);
    String id =
        createSchedule(
            Map.of(
                "name",
                "partly down",
                "app_id",
                appId,
                "cron",
                "0 9 * * *",
                "types",
                List.of("performance"),
                "formats",
                List.of("json"),
                "destinations",
                List.of(
                    Map.of("type", "directory"),
                    Map.of("type", "webhook", "url", receiver.url(path), "secret", SECRET))));

    Http.Response run = awaitFinished(runNow(id).text("id"));

    assertThat(run.text("status")).as(run.body()).isEqualTo("partial");
    assertThat(run.at("attempts")).isEqualTo(3);
    assertThat(run.text("error")).contains("HTTP 503");
    List<Map<String, Object>> deliveries = list(run, "deliveries");
    assertThat(deliveries.get(0)).containsEntry("status", "delivered").containsEntry("attempts", 1);
    assertThat(deliveries.get(1)).containsEntry("status", "failed").containsEntry("attempts", 3);
    for (int i = 0; i < 3; i++) {
      assertThat(next(path)).isNotNull();
    }
  }

  @Test
  void aCronTickRunsOnceWhenDueAndMovesToTheNextTick() {
    // the other tests' schedules must not tick when the clock moves a day on
    for (Map<String, Object> other :
        http.get(base() + "/report-schedules", Http.bearer(admin)).list()) {
      http.patch(
          base() + "/report-schedules/" + other.get("id"),
          "{\"enabled\":false}",
          Http.bearer(admin));
    }
    String id =
        createSchedule(
            Map.of(
                "name", "daily at six",
                "cron", "0 6 * * *",
                "time_zone", "America/New_York",
                "types", List.of("executive"),
                "formats", List.of("json")));
    Http.Response schedule = http.get(base() + "/report-schedules/" + id, Http.bearer(admin));
    Instant next = Instant.parse(schedule.text("next_run_at"));
    assertThat(next.atZone(java.time.ZoneId.of("America/New_York")).getHour()).isEqualTo(6);
    assertThat(http.get(base() + "/report-schedules/" + id + "/runs", Http.bearer(admin)).list())
        .isEmpty();

    clock.advance(Duration.between(clock.instant(), next).plusMinutes(1));

    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    List<Map<String, Object>> runs;
    do {
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
      runs = http.get(base() + "/report-schedules/" + id + "/runs", Http.bearer(admin)).list();
      assertThat(Instant.now()).isBefore(deadline);
    } while (runs.isEmpty() || !"succeeded".equals(runs.getFirst().get("status")));
    assertThat(runs).hasSize(1);
    assertThat(runs.getFirst()).containsEntry("trigger", "schedule");
    assertThat(Instant.parse((String) runs.getFirst().get("tick"))).isEqualTo(next);
    Instant following =
        Instant.parse(
            http.get(base() + "/report-schedules/" + id, Http.bearer(admin)).text("next_run_at"));
    assertThat(following).isEqualTo(next.plus(Duration.ofDays(1)));
  }

  @Test
  void updatesAndDeletesASchedule() {
    String id =
        createSchedule(
            Map.of("name", "to change", "cron", "0 6 * * *", "types", List.of("executive")));
    Http.Response changed =
        http.patch(
            base() + "/report-schedules/" + id,
            http.toJson(
                Map.of(
                    "cron", "15 7 * * 1-5", "formats", List.of("html", "pdf"), "enabled", false)),
            Http.bearer(admin));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.text("cron")).isEqualTo("15 7 * * 1-5");
    assertThat(changed.at("enabled")).isEqualTo(false);
    assertThat(changed.text("next_run_at")).isNull();
    assertThat(changed.text("name")).isEqualTo("to change");

    Http.Response enabled =
        http.patch(base() + "/report-schedules/" + id, "{\"enabled\":true}", Http.bearer(admin));
    Instant next = Instant.parse(enabled.text("next_run_at"));
    assertThat(next.atZone(ZoneOffset.UTC).getMinute()).isEqualTo(15);

    assertThat(http.delete(base() + "/report-schedules/" + id, Http.bearer(admin)).status())
        .isEqualTo(204);
    Http.Response gone = http.get(base() + "/report-schedules/" + id, Http.bearer(admin));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.text("error.code")).isEqualTo("report_schedule_not_found");
  }

  private CallbackReceiver.Received next(String path) {
    CallbackReceiver.Received received = receiver.next(Duration.ofSeconds(10));
    assertThat(received).isNotNull();
    assertThat(received.path()).isEqualTo(path);
    return received;
  }

  private static String hmac(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }
}
