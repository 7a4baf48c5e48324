package dev.engram.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.task.Jobs;
import dev.engram.testing.OffsetClock;
import dev.engram.testing.TestDatabase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of HTTP tests: the whole application on a random port, its own H2 database and data
 * directory, a known bootstrap admin password, and helpers that go through the console API.
 * Subclasses add {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTestSupport implements TestPropertyProvider {
  protected static final String ADMIN_PASSWORD = "bootstrap-admin-password";

  /** The operator token (engram.operator.token) of test servers, for /prometheus and /health. */
  protected static final String OPERATOR_TOKEN = "test-operator-token";

  protected final Path home = createHome();
  protected final TestDatabase database = database();

  @Inject protected EmbeddedServer server;
  @Inject protected JsonMapper jsonMapper;
  @Inject protected OffsetClock clock;
  @Inject protected Jobs jobs;
  protected Http http;

  protected TestDatabase database() {
    return TestDatabase.h2();
  }

  /**
   * Stops the application, then drops its database: dropped first, the application's shutdown work
   * (access counts, queues) waits out the pool's connection timeout on a database that is gone.
   */
  protected final void stopApplicationThenDropDatabase() {
    if (server.getApplicationContext().isRunning()) {
      server.getApplicationContext().close();
    }
    database.drop();
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(database.properties());
    properties.put("engram.home", home.toString());
    properties.put("micronaut.server.port", "-1");
    properties.put("engram.port", "-1");
    properties.put("engram.bootstrap.admin-password", ADMIN_PASSWORD);
    properties.put("engram.bootstrap.demo", "true");
    properties.put("engram.operator.token", OPERATOR_TOKEN);
    return properties;
  }

  @BeforeEach
  void connect() {
    http = new Http(server.getURI(), jsonMapper);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
    // the job scheduler waits on the application clock: a clock set back must wake it, or its
    // current wait would last as long as the clock went back
    jobs.wake();
  }

  private static Path createHome() {
    return TemporaryDirectories.create("engram-test-");
  }

  protected static String unique(String base) {
    return base + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Headers that authenticate as the operator (metrics, detailed health). */
  protected static String[] operator() {
    return Http.bearer(OPERATOR_TOKEN);
  }

  /** Signs in to the console and returns the access token. */
  protected String login(String username, String password) {
    Http.Response response =
        http.post(
            "/admin/v1/login", http.toJson(Map.of("username", username, "password", password)));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.text("access_token");
  }

  protected String adminToken() {
    return login("admin", ADMIN_PASSWORD);
  }

  /** Creates an organization as the platform admin and returns its id. */
  protected String createOrg(String adminToken, String name) {
    Http.Response response =
        http.post("/admin/v1/orgs", http.toJson(Map.of("name", name)), Http.bearer(adminToken));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.text("id");
  }

  protected String createApp(String token, String orgId, String name) {
    Http.Response response =
        http.post(
            "/admin/v1/orgs/" + orgId + "/apps",
            http.toJson(Map.of("name", name)),
            Http.bearer(token));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.text("id");
  }

  /** Issues a key with the given scopes and returns the whole response (key id and secret). */
  protected Http.Response createKey(String token, String appId, List<String> scopes) {
    Http.Response response =
        http.post(
            "/admin/v1/apps/" + appId + "/keys",
            http.toJson(Map.of("name", "test key", "scopes", scopes)),
            Http.bearer(token));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response;
  }

  protected String createKeySecret(String token, String appId, List<String> scopes) {
    return createKey(token, appId, scopes).text("key");
  }

  protected void createUser(String token, String username, String role, String orgId) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("password", "a long enough password");
    body.put("role", role);
    body.put("org_id", orgId);
    Http.Response response = http.post("/admin/v1/users", http.toJson(body), Http.bearer(token));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
  }
}
