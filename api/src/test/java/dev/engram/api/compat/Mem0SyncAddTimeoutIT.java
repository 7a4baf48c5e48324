package dev.engram.api.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A synchronous mem0 add ({@code async_mode: false}) whose ingestion does not finish within {@code
 * engram.compat.mem0.sync-add-timeout-seconds} answers mem0's {@code PENDING} with the event id, as
 * an asynchronous add does; the event stays queryable. Jobs are off here, so the ingestion never
 * finishes.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class Mem0SyncAddTimeoutIT extends ApiTestSupport {
  private String key;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = super.getProperties();
    properties.put("engram.jobs.enabled", "false");
    properties.put("engram.compat.mem0.sync-add-timeout-seconds", "1");
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String app = createApp(root, createOrg(root, unique("mem0-sync")), "mem0");
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
  }

  @Test
  void anAddNotIngestedInTimeAnswersPendingWithItsEvent() {
    Http.Response added =
        http.post(
            "/mem0/v1/memories/",
            http.toJson(
                Map.of(
                    "user_id",
                    unique("late"),
                    "async_mode",
                    false,
                    "output_format",
                    "v1.1",
                    "messages",
                    List.of(Map.of("role", "user", "content", "I am allergic to peanuts.")))),
            "Authorization",
            "Token " + key);

    assertThat(added.status()).as(added.body()).isEqualTo(200);
    List<Map<String, Object>> results = (List<Map<String, Object>>) added.at("results");
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).containsEntry("status", "PENDING");
    String eventId = (String) results.get(0).get("event_id");
    assertThat(eventId).isNotBlank();

    Http.Response event =
        http.get("/mem0/v1/event/" + eventId + "/", "Authorization", "Token " + key);
    assertThat(event.status()).as(event.body()).isEqualTo(200);
    assertThat(event.text("status")).isEqualTo("PENDING");
  }
}
