package dev.engram.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import dev.engram.memory.task.TaskStatus;
import dev.engram.memory.testing.ChatCompletionsFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotas and rate limits over HTTP (in-process buckets): requests per second of a key, memories and
 * storage per app, LLM-using requests per day; 429 with Retry-After naming the limit, nothing
 * stored; who may set them; usage in the console API.
 */
@MicronautTest(transactional = false)
class LimitsIT extends ApiTestSupport {
  @Inject TaskRepository tasks;

  private static final String PASSWORD = "a long enough password";
  private final ChatCompletionsFixture llm = ChatCompletionsFixture.start();
  private String root;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = llm.configure(super.getProperties());
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    root = adminToken();
  }

  @AfterAll
  void stopFixture() {
    llm.close();
  }

  private Http.Response putOrgLimits(String token, String org, Map<String, Object> body) {
    return http.put("/admin/v1/orgs/" + org + "/limits", http.toJson(body), Http.bearer(token));
  }

  private Http.Response store(String key, String user, String content) {
    return http.post(
        "/v1/memories",
        http.toJson(Map.of("user_id", user, "content", content, "resolve", false)),
        Http.bearer(key));
  }

  private Http.Response storeBatch(String key, String user, boolean resolve, String... contents) {
    List<Map<String, Object>> memories = new ArrayList<>();
    for (String content : contents) {
      memories.add(Map.of("content", content));
    }
    return http.post(
        "/v1/memories",
        http.toJson(Map.of("user_id", user, "resolve", resolve, "memories", memories)),
        Http.bearer(key));
  }

  private long count(String key, String user) {
    Http.Response list = http.get("/v1/memories?user_id=" + user, Http.bearer(key));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return ((Number) list.at("total")).longValue();
  }

  @Test
  void aKeyOverItsRequestsPerSecondGets429WithRetryAfterAndTheLimitNamed() throws Exception {
    String org = createOrg(root, unique("rps"));
    String app = createApp(root, org, "rps");
    Http.Response issued = createKey(root, app, List.of("memories:read", "memories:write"));
    String keyId = issued.text("api_key.id");
    String key = issued.text("key");
    Http.Response set =
        http.put(
            "/admin/v1/keys/" + keyId + "/limits",
            "{\"requests_per_second\":1}",
            Http.bearer(root));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.at("requests_per_second")).isEqualTo(1);
    String user = unique("u");

    long started = System.nanoTime();
    List<Http.Response> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
      List<Future<Http.Response>> sent = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int n = i;
        sent.add(pool.submit(() -> store(key, user, "fact number " + n)));
      }
      for (Future<Http.Response> f : sent) {
        answers.add(f.get());
      }
    }
    long elapsedSeconds = (System.nanoTime() - started) / 1_000_000_000L;

    List<Http.Response> refused = answers.stream().filter(a -> a.status() == 429).toList();
    long stored = answers.stream().filter(a -> a.status() == 201).count();
    assertThat(stored + refused.size()).isEqualTo(answers.size());
    assertThat(stored).isBetween(1L, 1 + elapsedSeconds);
    assertThat(refused).isNotEmpty();
    Http.Response one = refused.getFirst();
    assertThat(one.text("error.code")).isEqualTo("rate_limited");
    assertThat(one.text("error.message")).contains("requests_per_second", keyId);
    assertThat(Long.parseLong(one.header("Retry-After"))).isBetween(1L, 2L);
    clock.advance(java.time.Duration.ofSeconds(5));
    assertThat(count(key, user)).as("only the accepted requests stored").isEqualTo(stored);
  }

  @Test
  void anAppAtItsMemoryQuotaStoresNothingMore() {
    String org = createOrg(root, unique("quota"));
    String app = createApp(root, org, "quota");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    Http.Response set = putOrgLimits(root, org, Map.of("memories_per_app", 2));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.at("limits.memories_per_app")).isEqualTo(2);
    assertThat(set.at("overrides.storage_mb_per_app")).isNull();
    String user = unique("u");
    assertThat(store(key, user, "User likes tea").status()).isEqualTo(201);

    Http.Response batch = storeBatch(key, user, false, "User likes jazz", "User has a cat");

    assertThat(batch.status()).as(batch.body()).isEqualTo(429);
    assertThat(batch.text("error.code")).isEqualTo("quota_exceeded");
    assertThat(batch.text("error.message")).contains("memories_per_app", app);
    assertThat(batch.header("Retry-After")).isNotNull();
    assertThat(count(key, user)).isEqualTo(1);
    assertThat(store(key, user, "User likes jazz").status()).isEqualTo(201);
    Http.Response third = store(key, user, "User has a cat");
    assertThat(third.status()).isEqualTo(429);
    assertThat(count(key, user)).isEqualTo(2);

    Http.Response usage = http.get("/admin/v1/apps/" + app + "/usage", Http.bearer(root));
    assertThat(usage.status()).as(usage.body()).isEqualTo(200);
    assertThat(usage.at("memories")).isEqualTo(2);
    assertThat(usage.at("memories_per_app")).isEqualTo(2);
    assertThat(((Number) usage.at("storage_bytes")).longValue())
        .isGreaterThanOrEqualTo("User likes tea".length() + "User likes jazz".length());
  }

  @Test
  void aResolvedBatchPastTheMemoryQuotaIsRefusedWholeAndTheRoomLeftStaysUsable() {
    String org = createOrg(root, unique("quota-unit"));
    String app = createApp(root, org, "quota-unit");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    assertThat(putOrgLimits(root, org, Map.of("memories_per_app", 3)).status()).isEqualTo(200);
    String user = unique("u");
    assertThat(store(key, user, "User likes green tea").status()).isEqualTo(201);

    // resolved: one unit of work whose statements are inserted one by one, checked at its commit
    Http.Response batch =
        storeBatch(
            key,
            user,
            true,
            "User plays the cello in an orchestra",
            "User was born in Valparaiso",
            "User keeps bees on the roof");

    assertThat(batch.status()).as(batch.body()).isEqualTo(429);
    assertThat(batch.text("error.code")).isEqualTo("quota_exceeded");
    assertThat(batch.text("error.message")).contains("memories_per_app", "it holds 1");
    assertThat(count(key, user)).as("nothing of the refused unit stays").isEqualTo(1);
    Http.Response fits =
        storeBatch(
            key, user, true, "User plays the cello in an orchestra", "User was born in Valparaiso");
    assertThat(fits.status()).as(fits.body()).isEqualTo(201);
    assertThat(count(key, user)).isEqualTo(3);
    Http.Response usage = http.get("/admin/v1/apps/" + app + "/usage", Http.bearer(root));
    assertThat(usage.at("memories")).isEqualTo(3);
  }

  @Test
  void anAppAtItsStorageQuotaStoresNothingMore() {
    String org = createOrg(root, unique("storage"));
    String app = createApp(root, org, "storage");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    assertThat(putOrgLimits(root, org, Map.of("storage_mb_per_app", 1)).status()).isEqualTo(200);
    String user = unique("u");
    List<Map<String, Object>> big = new ArrayList<>();
    for (int i = 0; i < 135; i++) {
      big.add(Map.of("content", i + " " + "x".repeat(7_900)));
    }

    Http.Response refused =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "resolve", false, "memories", big)),
            Http.bearer(key));

    assertThat(refused.status()).as(refused.body()).isEqualTo(429);
    assertThat(refused.text("error.code")).isEqualTo("quota_exceeded");
    assertThat(refused.text("error.message")).contains("storage_mb_per_app");
    assertThat(count(key, user)).isZero();
    assertThat(
            http.post(
                    "/v1/memories",
                    http.toJson(
                        Map.of("user_id", user, "resolve", false, "memories", big.subList(0, 100))),
                    Http.bearer(key))
                .status())
        .isEqualTo(201);
    Http.Response usage = http.get("/admin/v1/orgs/" + org + "/usage", Http.bearer(root));
    assertThat(usage.status()).as(usage.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> appUsage = ((List<Map<String, Object>>) usage.at("apps")).getFirst();
    assertThat(((Number) appUsage.get("storage_bytes")).longValue()).isGreaterThan(790_000);
    assertThat(appUsage.get("storage_bytes_per_app")).isEqualTo(1_048_576);
  }

  @Test
  void llmUsingRequestsStopAtTheDailyQuota() {
    String org = createOrg(root, unique("llm"));
    String app = createApp(root, org, "llm");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    assertThat(putOrgLimits(root, org, Map.of("llm_calls_per_day", 2)).status()).isEqualTo(200);
    String user = unique("u");
    // an answer over no memories needs no LLM call: give the user one (stored without the LLM)
    assertThat(store(key, user, "User lives in Lisbon").status()).isEqualTo(201);
    String body = http.toJson(Map.of("user_id", user, "query", "Where does the user live?"));

    for (int i = 0; i < 2; i++) {
      llm.answer("{\"answer\": \"I do not know.\", \"cited_ids\": []}");
      Http.Response answered = http.post("/v1/answers", body, Http.bearer(key));
      assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }
    int callsBefore = llm.requests().size();
    Http.Response third = http.post("/v1/answers", body, Http.bearer(key));

    assertThat(third.status()).as(third.body()).isEqualTo(429);
    assertThat(third.text("error.code")).isEqualTo("quota_exceeded");
    assertThat(third.text("error.message")).contains("llm_calls_per_day", org);
    assertThat(Long.parseLong(third.header("Retry-After"))).isBetween(1L, 86_400L);
    assertThat(llm.requests()).as("the LLM was not called").hasSize(callsBefore);
    Http.Response usage = http.get("/admin/v1/orgs/" + org + "/usage", Http.bearer(root));
    assertThat(usage.at("llm_calls_today")).isEqualTo(2);
    assertThat(usage.at("llm_calls_per_day")).isEqualTo(2);
    assertThat(http.get("/v1/memories?user_id=x", Http.bearer(key)).status())
        .as("other requests go on")
        .isEqualTo(200);
  }

  @Test
  void everyLlmCallOfAnIngestionJobCountsAgainstItsOrganization() {
    String org = createOrg(root, unique("llm-job"));
    String app = createApp(root, org, "llm-job");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    assertThat(putOrgLimits(root, org, Map.of("llm_calls_per_day", 100)).status()).isEqualTo(200);
    llm.answerWhenSystemContains(
            "behaviour and preferences",
            "{\"facts\": [{\"content\": \"User prefers aisle seats\", \"type\": \"semantic\","
                + " \"category\": \"preference\", \"importance\": 6, \"message_ids\": [\"m1\"]}]}")
        .answerWhenSystemContains("looks for the narrative", "{\"facts\": []}");
    int before = llm.requests().size();

    Http.Response accepted =
        http.post(
            "/v1/conversations",
            http.toJson(
                Map.of(
                    "user_id",
                    unique("u"),
                    "partial",
                    true,
                    "messages",
                    List.of(Map.of("role", "user", "content", "Aisle seats please, always.")))),
            Http.bearer(key));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    Task done =
        tasks.awaitFinished(app, accepted.text("task_id"), Duration.ofSeconds(60)).orElseThrow();

    assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
    int made = llm.requests().size() - before;
    assertThat(made)
        .as("the two extraction passes, on the job's threads")
        .isGreaterThanOrEqualTo(2);
    Http.Response usage = http.get("/admin/v1/orgs/" + org + "/usage", Http.bearer(root));
    assertThat(((Number) usage.at("llm_calls_today")).intValue()).isEqualTo(made);
  }

  @Test
  void aConversationPastTheQuotaIsRefusedBeforeAnyLlmCall() {
    String org = createOrg(root, unique("llm-over"));
    String app = createApp(root, org, "llm-over");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    assertThat(putOrgLimits(root, org, Map.of("llm_calls_per_day", 1)).status()).isEqualTo(200);
    String user = unique("u");
    // one call left: the answer takes it
    assertThat(store(key, user, "User lives in Lisbon").status()).isEqualTo(201);
    llm.answer("{\"answer\": \"Lisbon.\", \"cited_ids\": []}");
    assertThat(
            http.post(
                    "/v1/answers",
                    http.toJson(Map.of("user_id", user, "query", "Where does the user live?")),
                    Http.bearer(key))
                .status())
        .isEqualTo(200);
    int before = llm.requests().size();

    Http.Response refused =
        http.post(
            "/v1/conversations",
            http.toJson(
                Map.of(
                    "user_id",
                    user,
                    "partial",
                    true,
                    "messages",
                    List.of(Map.of("role", "user", "content", "I am allergic to peanuts.")))),
            Http.bearer(key));

    assertThat(refused.status()).as(refused.body()).isEqualTo(429);
    assertThat(refused.text("error.message")).contains("llm_calls_per_day");
    assertThat(llm.requests()).hasSize(before);
  }

  @Test
  void onlyPlatformAdminsSetOrganizationLimitsAndTenantAdminsSetTheirKeys() {
    String org = createOrg(root, unique("who"));
    String app = createApp(root, org, "who");
    String keyId = createKey(root, app, List.of("memories:read")).text("api_key.id");
    String adminName = unique("admin");
    String viewerName = unique("viewer");
    createUser(root, adminName, "tenant-admin", org);
    createUser(root, viewerName, "tenant-viewer", org);
    String admin = login(adminName, PASSWORD);
    String viewer = login(viewerName, PASSWORD);
    String other = createOrg(root, unique("other"));

    assertThat(putOrgLimits(admin, org, Map.of("memories_per_app", 5)).status()).isEqualTo(403);
    assertThat(http.get("/admin/v1/orgs/" + org + "/limits", Http.bearer(viewer)).status())
        .isEqualTo(200);
    assertThat(http.get("/admin/v1/orgs/" + other + "/limits", Http.bearer(admin)).status())
        .isEqualTo(404);
    assertThat(
            http.put(
                    "/admin/v1/keys/" + keyId + "/limits",
                    "{\"requests_per_second\":5}",
                    Http.bearer(viewer))
                .status())
        .isEqualTo(403);
    Http.Response byAdmin =
        http.put(
            "/admin/v1/keys/" + keyId + "/limits",
            "{\"requests_per_second\":5}",
            Http.bearer(admin));
    assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
    assertThat(http.get("/admin/v1/keys/" + keyId + "/limits", Http.bearer(viewer)).at("override"))
        .isEqualTo(5);

    Map<String, Object> bad = new HashMap<>();
    bad.put("memories_per_app", 0);
    Http.Response invalid = putOrgLimits(root, org, bad);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.text("error.field")).isEqualTo("memories_per_app");
    Http.Response defaults = http.get("/admin/v1/orgs/" + org + "/limits", Http.bearer(root));
    assertThat(defaults.at("limits.memories_per_app")).isEqualTo(1_000_000);
    assertThat(defaults.text("rate_limit_buckets")).isEqualTo("in-process");
  }
}
