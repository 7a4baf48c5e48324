package dev.engram.api.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A synchronous mem0 add ({@code async_mode: false}) whose ingestion fails for good answers {@code
 * 500 ingestion_failed} with the ingestion's error, stores nothing, and leaves a failed event; on
 * v1 and on v3 alike. The extraction engine is a hand-written fake that always fails, and a job
 * gets one attempt.
 */
@MicronautTest(transactional = false)
class Mem0SyncAddFailureIT extends ApiTestSupport {
  @Inject FailingExtractor extractor;
  private String key;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = super.getProperties();
    properties.put("test.failing-extractor", "true");
    properties.put("engram.jobs.max-attempts", "1");
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String app = createApp(root, createOrg(root, unique("mem0-fail")), "mem0");
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
  }

  private Http.Response add(String path, String user) {
    return http.post(
        path,
        http.toJson(
            Map.of(
                "user_id",
                user,
                "async_mode",
                false,
                "messages",
                List.of(Map.of("role", "user", "content", "I am allergic to peanuts.")))),
        "Authorization",
        "Token " + key);
  }

  private void assertFailedAndNothingStored(Http.Response added, String user) {
    assertThat(added.status()).as(added.body()).isEqualTo(500);
    assertThat(added.text("error.code")).isEqualTo("ingestion_failed");
    assertThat(added.text("error.message")).contains(FailingExtractor.FAILURE);
    Http.Response listed =
        http.get("/mem0/v1/memories/?user_id=" + user, "Authorization", "Token " + key);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.list()).isEmpty();
  }

  @Test
  void aV1AddWhoseIngestionFailsAnswers500WithTheErrorAndStoresNothing() {
    String user = unique("v1fail");
    int before = extractor.calls();

    Http.Response added = add("/mem0/v1/memories/", user);

    assertFailedAndNothingStored(added, user);
    assertThat(extractor.calls()).as("the fake was asked, once").isEqualTo(before + 1);
  }

  @Test
  void aV3AddWithAsyncModeFalseWaitsToo() {
    String user = unique("v3fail");

    Http.Response added = add("/mem0/v3/memories/add/", user);

    assertFailedAndNothingStored(added, user);
  }

  @Test
  void anAsynchronousAddAnswersPendingAndItsEventReportsTheFailure() throws InterruptedException {
    String user = unique("asyncfail");
    Http.Response added =
        http.post(
            "/mem0/v3/memories/add/",
            http.toJson(
                Map.of(
                    "user_id",
                    user,
                    "messages",
                    List.of(Map.of("role", "user", "content", "I live in Oslo.")))),
            "Authorization",
            "Token " + key);
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.text("status")).isEqualTo("PENDING");
    String event = added.text("event_id");

    Http.Response reported = null;
    for (int i = 0; i < 300; i++) {
      reported = http.get("/mem0/v1/event/" + event + "/", "Authorization", "Token " + key);
      if ("FAILED".equals(reported.text("status"))) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(reported.text("status")).as(reported.body()).isEqualTo("FAILED");
    assertThat(reported.body()).contains(FailingExtractor.FAILURE);
  }
}
