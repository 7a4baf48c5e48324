package dev.engram.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.engram.api.security.ConsoleMatrix.Fresh;
import dev.engram.api.security.ConsoleMatrix.Row;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 5: every console endpoint ({@code /admin/v1}, read from the application's router)
 * against every kind of caller: a platform admin, a tenant admin of the organization, a tenant
 * admin of another organization, a viewer of the organization, no token, an expired token, a token
 * signed by another key and an unsigned ({@code alg: none}) token. {@link ConsoleMatrix} holds the
 * expected status of each cell; a console route without a row fails this test.
 */
@MicronautTest(transactional = false)
class ConsoleRoleMatrixIT extends ApiTestSupport {
  private static final String PASSWORD = "a long enough password";

  @Inject Router router;

  private String root;
  private final Map<String, String> shared = new HashMap<>();
  private final Map<String, String> tokens = new HashMap<>();
  private String apiKey;

  @BeforeAll
  void setUp() throws Exception {
    http = new Http(server.getURI(), jsonMapper);
    root = adminToken();
    String org = createOrg(root, unique("matrix"));
    String other = createOrg(root, unique("matrix-other"));
    shared.put("orgId", org);
    shared.put("appId", createApp(root, org, "matrix"));
    apiKey = createKeySecret(root, shared.get("appId"), List.of("admin"));
    shared.put(
        "keyId", createKey(root, shared.get("appId"), List.of("memories:read")).text("api_key.id"));
    shared.put("userId", user("tenant-viewer", org));
    shared.put("id", memory());
    Http.Response elevenlabs =
        http.put(
            "/admin/v1/apps/" + shared.get("appId") + "/integrations/elevenlabs",
            "{\"webhook_secret\":\"a secret long enough\"}",
            Http.bearer(root));
    assertThat(elevenlabs.status()).as(elevenlabs.body()).isEqualTo(200);
    shared.put("domain", "general");
    shared.put("type", "performance");
    Http.Response event =
        http.post(
            "/v1/learning/events",
            "{\"event_type\":\"prediction\",\"domain\":\"general\"}",
            Http.bearer(apiKey));
    assertThat(event.status()).as(event.body()).isEqualTo(201);
    shared.put("scheduleId", schedule());
    Http.Response run =
        http.post(
            "/admin/v1/orgs/" + org + "/report-schedules/" + shared.get("scheduleId") + "/run",
            "",
            Http.bearer(root));
    shared.put("runId", run.text("id"));
    shared.put("fileName", reportFile(org, run.text("id")));
    for (String tool : List.of("a", "b")) {
      Http.Response session =
          http.post(
              "/v1/tool-sessions/start", "{\"tool_id\":\"" + tool + "\"}", Http.bearer(apiKey));
      assertThat(session.status()).as(session.body()).isEqualTo(201);
    }
    tokens.put("platform", root);
    tokens.put("admin", login(username("tenant-admin", org), PASSWORD));
    tokens.put("other", login(username("tenant-admin", other), PASSWORD));
    tokens.put("viewer", login(username("tenant-viewer", org), PASSWORD));
    tokens.put("expired", resign(tokens.get("admin"), serverKey(), true));
    PrivateKey stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
    tokens.put("foreign-key", resign(tokens.get("admin"), stranger, false));
    tokens.put(
        "alg-none",
        new PlainJWT(SignedJWT.parse(tokens.get("admin")).getJWTClaimsSet()).serialize());
  }

  @Test
  void everyConsoleRouteHasARowAndEveryRowARoute() {
    TreeSet<String> routes = new TreeSet<>();
    router
        .uriRoutes()
        .filter(r -> r.getUriMatchTemplate().toString().startsWith("/admin/v1"))
        .forEach(r -> routes.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate()));
    TreeSet<String> rows = new TreeSet<>();
    for (Row row : ConsoleMatrix.rows()) {
      rows.add(row.key());
      if (row.method().equals("GET")) {
        rows.add("HEAD " + row.template());
      }
    }
    assertThat(routes).as("console routes without a row in ConsoleMatrix").isSubsetOf(rows);
    assertThat(rows).as("rows of ConsoleMatrix without a route").isSubsetOf(routes);
  }

  @Test
  void everyCallerGetsTheExpectedStatusOnEveryConsoleRoute() throws Exception {
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Row row : ConsoleMatrix.rows()) {
      for (String method :
          row.method().equals("GET") ? List.of("GET", "HEAD") : List.of(row.method())) {
        for (int i = 0; i < ConsoleMatrix.CALLERS.size(); i++) {
          String caller = ConsoleMatrix.CALLERS.get(i);
          int expected = row.expected(i);
          Http.Response r = call(row, method, caller);
          cells++;
          if (r.status() != expected) {
            wrong.add(
                method
                    + " "
                    + row.template()
                    + " as "
                    + caller
                    + ": expected "
                    + expected
                    + ", got "
                    + r.status()
                    + " "
                    + abbreviate(r.body()));
          }
        }
      }
    }
    assertThat(wrong).as("%d cells", cells).isEmpty();
  }

  private Http.Response call(Row row, String method, String caller) {
    Map<String, String> values = new HashMap<>(shared);
    String token = tokens.get(caller);
    boolean authorized = ConsoleMatrix.CALLERS.indexOf(caller) < 4;
    if (authorized && row.fresh() != Fresh.NONE) {
      fresh(row.fresh(), caller, values);
      if (row.fresh() == Fresh.SESSION) {
        token = values.get("token");
      }
    }
    values.put("unique", unique("m").replace('-', '_'));
    String path = row.path(values);
    String body = row.body(values);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.getURI().resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return token == null ? http.send(request) : http.send(request, Http.bearer(token));
  }

  /** New objects for a cell whose call changes or ends them. */
  private void fresh(Fresh fresh, String caller, Map<String, String> values) {
    String org = shared.get("orgId");
    switch (fresh) {
      case APP -> values.put("appId", createApp(root, org, unique("fresh")));
      case KEY ->
          values.put(
              "keyId",
              createKey(root, shared.get("appId"), List.of("memories:read")).text("api_key.id"));
      case USER -> values.put("userId", user("tenant-viewer", org));
      case MEMORY -> values.put("id", memory());
      case SCHEDULE -> values.put("scheduleId", schedule());
      case ORG -> {
        if (caller.equals("platform")) {
          values.put("orgId", createOrg(root, unique("fresh")));
        }
      }
      case SESSION -> {
        String role =
            caller.equals("platform")
                ? "platform-admin"
                : caller.equals("viewer") ? "tenant-viewer" : "tenant-admin";
        String orgOf =
            caller.equals("platform")
                ? null
                : caller.equals("other") ? createOrg(root, unique("o")) : org;
        values.put("token", login(username(role, orgOf), PASSWORD));
      }
      case NONE -> {}
    }
  }

  /** The first file of the run once it has finished (within 60 s). */
  private String reportFile(String org, String runId) {
    Instant deadline = Instant.now().plusSeconds(60);
    while (true) {
      Http.Response run =
          http.get("/admin/v1/orgs/" + org + "/report-runs/" + runId, Http.bearer(root));
      Object files = run.at("files");
      if (files instanceof List<?> list && !list.isEmpty()) {
        return ((Map<?, ?>) list.get(0)).get("file_name").toString();
      }
      assertThat(Instant.now()).as("the report run: %s", run.body()).isBefore(deadline);
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }

  private String username(String role, String org) {
    String name = unique("u");
    createUser(root, name, role, org);
    return name;
  }

  private String user(String role, String org) {
    String name = username(role, org);
    return http.get("/admin/v1/users", Http.bearer(root)).list().stream()
        .filter(u -> name.equals(u.get("username")))
        .findFirst()
        .orElseThrow()
        .get("id")
        .toString();
  }

  private String memory() {
    Http.Response r =
        http.post(
            "/v1/memories",
            "{\"user_id\":\"u1\",\"content\":\"likes tea\",\"resolve\":false}",
            Http.bearer(apiKey));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return ((List<?>) r.at("ids")).get(0).toString();
  }

  private String schedule() {
    Http.Response r =
        http.post(
            "/admin/v1/orgs/" + shared.get("orgId") + "/report-schedules",
            ConsoleMatrix.SCHEDULE.replace("${unique}", unique("s")),
            Http.bearer(root));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.text("id");
  }

  private static String resign(String token, PrivateKey key, boolean expire) throws Exception {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet());
    if (expire) {
      claims.expirationTime(Date.from(Instant.now().minusSeconds(60)));
    }
    SignedJWT signed = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
    signed.sign(new RSASSASigner(key));
    return signed.serialize();
  }

  private PrivateKey serverKey() throws Exception {
    String pem = Files.readString(home.resolve("keys").resolve("jwt-signing.pem"));
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
  }

  private static String abbreviate(String body) {
    return body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }
}
