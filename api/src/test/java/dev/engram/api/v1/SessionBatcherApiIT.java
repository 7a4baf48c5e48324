package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.ingest.SessionBatcher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The batcher over real HTTP: flush at N messages, idle flush, sessions kept apart. */
@MicronautTest(transactional = false)
class SessionBatcherApiIT extends ApiTestSupport {
  @Inject SessionBatcher batcher;

  private String appA;
  private String writerA;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("engram.batcher.max-messages", "4");
    properties.put("engram.batcher.idle-timeout", "10m");
    properties.put("engram.batcher.idle-check-interval", "300ms");
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String orgId = createOrg(root, unique("batch-org"));
    appA = createApp(root, orgId, "app-a");
    writerA = createKeySecret(root, appA, List.of("memories:read", "memories:write"));
  }

  private Http.Response say(String session, String user, String content) {
    return http.post(
        "/v1/sessions/" + session + "/messages",
        http.toJson(Map.of("user_id", user, "role", "user", "content", content)),
        Http.bearer(writerA));
  }

  private Map<String, Object> awaitTask(String taskId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Http.Response task = http.get("/v1/tasks/" + taskId, Http.bearer(writerA));
      if (task.status() == 200 && task.text("status").equals("succeeded")) {
        return task.map();
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("task " + taskId + " did not succeed in 30 s");
  }

  @SuppressWarnings("unchecked")
  private List<Object> contents(String user) {
    Http.Response page = http.get("/v1/memories?user_id=" + user, Http.bearer(writerA));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return ((List<Map<String, Object>>) page.at("memories"))
        .stream().map(m -> m.get("content")).toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFullBufferBecomesAConversationTask() {
    String user = unique("eve");
    String session = unique("s");
    assertThat(say(session, user, "I live in Lisbon").map()).containsEntry("buffered", 1);
    assertThat(say(session, user, "Hi!").map()).containsEntry("buffered", 2);
    Http.Response third =
        http.post(
            "/v1/sessions/" + session + "/messages",
            http.toJson(
                Map.of(
                    "user_id",
                    user,
                    "messages",
                    List.of(
                        Map.of("role", "assistant", "content", "Hello!"),
                        Map.of("role", "user", "content", "I love jazz"),
                        Map.of("role", "user", "content", "I have two cats")))),
            Http.bearer(writerA));

    assertThat(third.status()).as(third.body()).isEqualTo(202);
    assertThat(third.map()).containsEntry("buffered", 1);
    String taskId = third.text("flushed_task_id");
    Map<String, Object> task = awaitTask(taskId);
    assertThat((Map<String, Object>) task.get("counts")).containsEntry("added", 2);
    assertThat(contents(user)).containsExactlyInAnyOrder("User lives in Lisbon", "User loves jazz");
    assertThat(batcher.buffered(appA, user, session)).isEqualTo(1);
  }

  @Test
  void twoSessionsDoNotMix() {
    String user = unique("fay");
    String one = unique("s1");
    String two = unique("s2");
    say(one, user, "I live in Lisbon");
    say(two, user, "I live in Berlin");
    say(one, user, "I love jazz");

    assertThat(batcher.buffered(appA, user, one)).isEqualTo(2);
    assertThat(batcher.buffered(appA, user, two)).isEqualTo(1);
    assertThat(batcher.buffered(appA, unique("nobody"), one)).isZero();
  }

  @Test
  void anIdleBufferIsFlushedAsAPartialBatch() {
    String user = unique("gus");
    String session = unique("s");
    Http.Response said = say(session, user, "I prefer window seats");
    assertThat(said.status()).as(said.body()).isEqualTo(202);
    assertThat(said.map()).doesNotContainKey("flushed_task_id");

    clock.advance(Duration.ofMinutes(11));

    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!contents(user).contains("User prefers window seats")) {
      assertThat(Instant.now()).as("idle flush within 30 s").isBefore(deadline);
      Thread.onSpinWait();
    }
    assertThat(batcher.buffered(appA, user, session)).isZero();
  }

  @Test
  void refusesBadMessagesAndBuffersNothing() {
    String user = unique("hal");
    String session = unique("s");
    Http.Response noUser =
        http.post(
            "/v1/sessions/" + session + "/messages",
            http.toJson(Map.of("role", "user", "content", "I live in Lisbon")),
            Http.bearer(writerA));
    assertThat(say(session, user, "I work at home").status()).isEqualTo(202);
    Http.Response unknownRole =
        http.post(
            "/v1/sessions/" + session + "/messages",
            http.toJson(Map.of("user_id", user, "role", "robot", "content", "I live in Lisbon")),
            Http.bearer(writerA));
    Http.Response empty = say(session, user, "");

    assertThat(noUser.status()).isEqualTo(400);
    assertThat(noUser.text("error.code")).isEqualTo("user_id_required");
    assertThat(unknownRole.status()).isEqualTo(400);
    assertThat(unknownRole.text("error.field")).isEqualTo("messages[0].role");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text("error.field")).isEqualTo("messages[0].content");
    assertThat(batcher.buffered(appA, user, session)).isEqualTo(1);
  }
}
