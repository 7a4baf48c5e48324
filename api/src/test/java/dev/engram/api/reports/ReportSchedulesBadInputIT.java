package dev.engram.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Refused schedules (400 naming the field, nothing stored), roles (viewers read only) and other
 * organizations (404), with the default settings: the SSRF guard on and no SMTP server.
 */
@MicronautTest(transactional = false)
class ReportSchedulesBadInputIT extends ApiTestSupport {
  private String admin;
  private String orgId;
  private String scheduleId;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    admin = adminToken();
    orgId = createOrg(admin, unique("bad-input"));
    Http.Response created = post(valid());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    scheduleId = created.text("id");
  }

  private static Map<String, Object> valid() {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "weekly");
    body.put("cron", "0 7 * * MON");
    body.put("time_zone", "Europe/Paris");
    body.put("types", List.of("executive"));
    return body;
  }

  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = valid();
    body.put(field, value);
    return body;
  }

  private String base() {
    return "/admin/v1/orgs/" + orgId + "/report-schedules";
  }

  private Http.Response post(Map<String, Object> body) {
    return http.post(base(), http.toJson(body), Http.bearer(admin));
  }

  private int count() {
    return http.get(base(), Http.bearer(admin)).list().size();
  }

  private void assertRefused(Map<String, Object> body, String code, String field) {
    int before = count();
    Http.Response response = post(body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.text("error.code")).isEqualTo(code);
    assertThat(response.text("error.field")).isEqualTo(field);
    assertThat(response.text("error.request_id")).isNotBlank();
    assertThat(count()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"61 7 * * *", "0 7 * *", "0 0 7 * * ?", "every monday", "0 25 * * *"})
  void aBadCronExpressionIsRefusedNamingCron(String cron) {
    assertRefused(with("cron", cron), "invalid_field", "cron");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mars/Olympus", "CEST", "+02:00", ""})
  void aBadTimeZoneIsRefusedNamingIt(String zone) {
    assertRefused(with("time_zone", zone), "invalid_field", "time_zone");
  }

  @Test
  void unknownReportTypesAndFormatsAreRefusedByPosition() {
    assertRefused(with("types", List.of("executive", "quarterly")), "invalid_field", "types[1]");
    assertRefused(with("formats", List.of("pdf", "docx")), "invalid_field", "formats[1]");
    assertRefused(with("types", List.of()), "invalid_field", "types");
  }

  @Test
  void periodsAreChecked() {
    assertRefused(with("period", "year"), "invalid_field", "period");
    Map<String, Object> weekWithDays = with("period", "week");
    weekWithDays.put("days", 3);
    assertRefused(weekWithDays, "invalid_field", "days");
    assertRefused(with("period", "days"), "missing_field", "days");
    Map<String, Object> tooLong = with("period", "days");
    tooLong.put("days", 400);
    assertRefused(tooLong, "invalid_field", "days");
  }

  @Test
  void requiredAndUnknownFieldsAreNamed() {
    Map<String, Object> noName = valid();
    noName.remove("name");
    assertRefused(noName, "missing_field", "name");
    Map<String, Object> noCron = valid();
    noCron.remove("cron");
    assertRefused(noCron, "missing_field", "cron");
    assertRefused(with("colour", "red"), "unknown_field", "colour");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:9/hook",
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://2130706433/hook",
        "http://localhost/hook"
      })
  void aWebhookOnAPrivateAddressIsRefusedByTheSsrfGuard(String url) {
    assertRefused(
        with(
            "destinations",
            List.of(
                Map.of("type", "directory"),
                Map.of("type", "webhook", "url", url, "secret", "0123456789abcdef"))),
        "invalid_webhook_url",
        "destinations[1].url");
  }

  @Test
  void destinationsAreChecked() {
    assertRefused(
        with("destinations", List.of(Map.of("type", "ftp"))),
        "invalid_field",
        "destinations[0].type");
    assertRefused(
        with("destinations", List.of(Map.of("type", "directory", "path", "../../etc"))),
        "invalid_field",
        "destinations[0].path");
    assertRefused(
        with(
            "destinations",
            List.of(
                Map.of(
                    "type",
                    "webhook",
                    "url",
                    "ftp://example.com/x",
                    "secret",
                    "0123456789abcdef"))),
        "invalid_webhook_url",
        "destinations[0].url");
    assertRefused(
        with("destinations", List.of(Map.of("type", "webhook", "url", "https://93.184.216.34/x"))),
        "missing_field",
        "destinations[0].secret");
    assertRefused(
        with("destinations", List.of(Map.of("type", "directory", "url", "https://example.com/x"))),
        "invalid_field",
        "destinations[0].url");
    assertRefused(with("destinations", List.of()), "invalid_field", "destinations");
  }

  private static Map<String, Object> s3(String field, Object value) {
    Map<String, Object> d = new HashMap<>();
    d.put("type", "s3");
    d.put("endpoint", "https://93.184.216.34");
    d.put("bucket", "engram-reports");
    d.put("access_key_id", "AKIAEXAMPLE");
    d.put("secret_access_key", "an-s3-secret-key");
    if (value == null) {
      d.remove(field);
    } else {
      d.put(field, value);
    }
    return d;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:9000",
        "http://10.1.2.3:9000",
        "http://169.254.169.254",
        "http://[::1]:9000",
        "http://localhost:9000"
      })
  void anS3EndpointOnAPrivateAddressIsRefusedByTheSsrfGuard(String endpoint) {
    assertRefused(
        with("destinations", List.of(Map.of("type", "directory"), s3("endpoint", endpoint))),
        "invalid_s3_endpoint",
        "destinations[1].endpoint");
  }

  @Test
  void s3DestinationsAreChecked() {
    for (String endpoint :
        List.of(
            "ftp://93.184.216.34",
            "https://93.184.216.34/some/path",
            "https://user:pw@93.184.216.34",
            "https://93.184.216.34?x=1",
            "not a url",
            "https://")) {
      assertRefused(
          with("destinations", List.of(s3("endpoint", endpoint))),
          "invalid_s3_endpoint",
          "destinations[0].endpoint");
    }
    for (String bucket :
        List.of(
            "ab",
            "Engram-Reports",
            "engram_reports",
            "-engram",
            "engram..reports",
            "192.168.1.1",
            "x".repeat(64))) {
      assertRefused(
          with("destinations", List.of(s3("bucket", bucket))),
          "invalid_field",
          "destinations[0].bucket");
    }
    assertRefused(
        with("destinations", List.of(s3("prefix", "/etc/../x"))),
        "invalid_field",
        "destinations[0].prefix");
    assertRefused(
        with("destinations", List.of(s3("region", "EU West"))),
        "invalid_field",
        "destinations[0].region");
    assertRefused(
        with("destinations", List.of(s3("secret_access_key", "short"))),
        "invalid_field",
        "destinations[0].secret_access_key");
    assertRefused(
        with("destinations", List.of(s3("url", "https://example.com/x"))),
        "invalid_field",
        "destinations[0].url");
    assertRefused(
        with("destinations", List.of(Map.of("type", "webhook", "bucket", "engram-reports"))),
        "invalid_field",
        "destinations[0].bucket");
    for (String required : List.of("endpoint", "bucket", "access_key_id", "secret_access_key")) {
      assertRefused(
          with("destinations", List.of(s3(required, null))),
          "missing_field",
          "destinations[0]." + required);
    }

    Http.Response created = post(with("destinations", List.of(s3("prefix", "reports/weekly"))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).doesNotContain("an-s3-secret-key");
    @SuppressWarnings("unchecked")
    Map<String, Object> shown =
        ((List<Map<String, Object>>) created.map().get("destinations")).getFirst();
    assertThat(shown)
        .containsEntry("endpoint", "https://93.184.216.34")
        .containsEntry("region", "us-east-1")
        .containsEntry("path_style", true)
        .containsEntry("secret_set", true);
  }

  @Test
  void emailNeedsAnSmtpServer() {
    assertRefused(
        with("destinations", List.of(Map.of("type", "email", "to", List.of("ceo@example.com")))),
        "smtp_not_configured",
        "destinations[0].type");
  }

  @Test
  void perAppReportsNeedAnAppAndExecutiveReportsCoverEveryDomain() {
    assertRefused(with("types", List.of("executive", "learning")), "missing_field", "app_id");
    assertRefused(with("domain", "billing"), "invalid_field", "domain");
  }

  @Test
  void aRunNowRendersTheRealExecutiveReportAsPdfAndCsv() {
    String appId = createApp(admin, orgId, unique("agent"));
    Map<String, Object> body = with("formats", List.of("pdf", "csv"));
    body.put("app_id", appId);
    Http.Response created = post(body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String runId =
        http.post(base() + "/" + created.text("id") + "/run", "", Http.bearer(admin)).text("id");
    Instant deadline = Instant.now().plusSeconds(60);
    Http.Response run;
    do {
      LockSupport.parkNanos(100_000_000L);
      run = http.get("/admin/v1/orgs/" + orgId + "/report-runs/" + runId, Http.bearer(admin));
      assertThat(Instant.now()).as(run.body()).isBefore(deadline);
    } while (!List.of("succeeded", "failed", "partial").contains(run.text("status")));
    assertThat(run.text("status")).as(run.body()).isEqualTo("succeeded");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> files = (List<Map<String, Object>>) run.map().get("files");
    assertThat(files)
        .extracting(f -> f.get("content_type"))
        .containsExactlyInAnyOrder("application/pdf", "text/csv; charset=utf-8");
    String pdf =
        (String)
            files.stream()
                .filter(f -> f.get("content_type").equals("application/pdf"))
                .findFirst()
                .orElseThrow()
                .get("href");
    Http.Response download = http.get(pdf, Http.bearer(admin));
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).startsWith("application/pdf");
    assertThat(download.body()).startsWith("%PDF");
  }

  @Test
  void anAppOfAnotherOrganizationIsRefused() {
    String otherOrg = createOrg(admin, unique("other"));
    String foreignApp = createApp(admin, otherOrg, unique("app"));
    assertRefused(with("app_id", foreignApp), "invalid_field", "app_id");
  }

  @Test
  void aBadChangeLeavesTheScheduleAsItWas() {
    Http.Response refused =
        http.patch(base() + "/" + scheduleId, "{\"cron\":\"0 7 * *\"}", Http.bearer(admin));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("error.field")).isEqualTo("cron");
    assertThat(http.get(base() + "/" + scheduleId, Http.bearer(admin)).text("cron"))
        .isEqualTo("0 7 * * MON");
  }

  @Test
  void viewersReadButDoNotChange() {
    String viewer = unique("viewer");
    createUser(admin, viewer, "tenant-viewer", orgId);
    String token = login(viewer, "a long enough password");

    assertThat(http.get(base(), Http.bearer(token)).status()).isEqualTo(200);
    assertThat(http.get(base() + "/" + scheduleId, Http.bearer(token)).status()).isEqualTo(200);
    assertThat(http.get(base() + "/" + scheduleId + "/runs", Http.bearer(token)).status())
        .isEqualTo(200);
    int before = count();
    Http.Response create = http.post(base(), http.toJson(valid()), Http.bearer(token));
    assertThat(create.status()).isEqualTo(403);
    assertThat(create.text("error.code")).isEqualTo("forbidden");
    assertThat(
            http.patch(base() + "/" + scheduleId, "{\"enabled\":false}", Http.bearer(token))
                .status())
        .isEqualTo(403);
    assertThat(http.post(base() + "/" + scheduleId + "/run", "", Http.bearer(token)).status())
        .isEqualTo(403);
    assertThat(http.delete(base() + "/" + scheduleId, Http.bearer(token)).status()).isEqualTo(403);
    assertThat(count()).isEqualTo(before);
    assertThat(http.get(base() + "/" + scheduleId + "/runs", Http.bearer(admin)).list()).isEmpty();
  }

  @Test
  void anotherOrganizationsSchedulesAreNotFound() {
    String otherOrg = createOrg(admin, unique("elsewhere"));
    String outsider = unique("outsider");
    createUser(admin, outsider, "tenant-admin", otherOrg);
    String token = login(outsider, "a long enough password");

    for (Http.Response response :
        List.of(
            http.get(base(), Http.bearer(token)),
            http.get(base() + "/" + scheduleId, Http.bearer(token)),
            http.post(base() + "/" + scheduleId + "/run", "", Http.bearer(token)),
            http.delete(base() + "/" + scheduleId, Http.bearer(token)))) {
      assertThat(response.status()).as(response.body()).isEqualTo(404);
    }
    // its own organization's path with this org's schedule id: not found either
    Http.Response crossed =
        http.get(
            "/admin/v1/orgs/" + otherOrg + "/report-schedules/" + scheduleId, Http.bearer(token));
    assertThat(crossed.status()).isEqualTo(404);
    assertThat(crossed.text("error.code")).isEqualTo("report_schedule_not_found");
    Http.Response noOrg =
        http.get("/admin/v1/orgs/org_nosuchorg/report-schedules", Http.bearer(admin));
    assertThat(noOrg.status()).isEqualTo(404);
    assertThat(noOrg.text("error.code")).isEqualTo("org_not_found");
    assertThat(http.get(base() + "/" + scheduleId, Http.bearer(admin)).status()).isEqualTo(200);
  }
}
