package dev.engram.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.Http;
import dev.engram.api.testing.TemporaryDirectories;
import dev.engram.testing.AppRows;
import dev.engram.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Deleting an app (or its organization) leaves nothing of it: while several clients keep writing
 * memories, conversations and session messages to it over HTTP, the app is deleted; once the purge
 * ended, no table that carries {@code app_id} holds a row of it, no job of it is scheduled and no
 * file of it is left under the data directory, while another app keeps everything. And a purge
 * interrupted by a stop finishes after the restart. Subclassed once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AppDeletionContract {
  private static final String PASSWORD = "bootstrap-admin-password";
  private static final int WRITERS = 4;
  private static final int ROUNDS = 30;

  private final TestDatabase database = database();
  private final Path home = temporaryHome();

  protected abstract TestDatabase database();

  @AfterAll
  void dropDatabase() {
    database.drop();
  }

  @Test
  void deletingAnAppUnderConcurrentWritesLeavesNoRowJobOrFile() throws Exception {
    try (EmbeddedServer server = start(true)) {
      Client admin = new Client(server);
      String org = admin.createOrg();
      String doomed = admin.createApp(org, "doomed");
      String kept = admin.createApp(org, "kept");
      String doomedKey = admin.createKey(doomed);
      String keptKey = admin.createKey(kept);
      admin.seed(doomedKey);
      admin.seed(keptKey);
      assertThat(rows(doomed)).containsKeys("memories", "memory_events", "memory_relations");

      ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
      AtomicInteger accepted = new AtomicInteger();
      Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
      CountDownLatch started = new CountDownLatch(WRITERS * 4);
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        running.add(
            writers.submit(
                () -> {
                  for (int round = 0; round < ROUNDS; round++) {
                    int status = admin.write(doomedKey, writer, round);
                    statuses.merge(status, 1, Integer::sum);
                    if (status / 100 == 2) {
                      accepted.incrementAndGet();
                    }
                    started.countDown();
                  }
                }));
      }
      assertThat(started.await(2, TimeUnit.MINUTES)).isTrue();
      Map<String, Long> before = rows(doomed);

      Http.Response deleted = admin.http.delete("/admin/v1/apps/" + doomed, admin.bearer());
      assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
      for (Future<?> writer : running) {
        writer.get(3, TimeUnit.MINUTES);
      }
      writers.shutdown();
      awaitPurged(doomed);

      Map<String, Long> after = rows(doomed);
      System.out.printf(
          "app deletion on %s: %d writes accepted (statuses %s); rows of the deleted app when it"
              + " was deleted %s, after the purge %s%n",
          database.url().startsWith("jdbc:h2") ? "H2" : "PostgreSQL",
          accepted.get(),
          statuses,
          before,
          after);
      assertThat(accepted.get()).isGreaterThan(0);
      assertThat(after).isEmpty();
      assertThat(orphanJobs()).isZero();
      assertThat(filesOf(doomed)).isEmpty();
      // refused: by the key's deletion (401), or by the write gate while the key is still cached
      assertThat(admin.write(doomedKey, 0, 0)).isIn(401, 404);
      Http.Response keptMemories = admin.http.get("/v1/memories?user_id=u0", Http.bearer(keptKey));
      assertThat(keptMemories.status()).isEqualTo(200);
      assertThat(rows(kept)).containsKeys("memories", "memory_events", "memory_relations");
      assertThat(filesOf(kept)).isNotEmpty();
    }
  }

  @Test
  void aPurgeInterruptedByAStopFinishesAfterTheRestart() throws Exception {
    String doomed;
    String kept;
    try (EmbeddedServer server = start(false)) {
      Client admin = new Client(server);
      String org = admin.createOrg();
      doomed = admin.createApp(org, "doomed");
      kept = admin.createApp(org, "kept");
      admin.seed(admin.createKey(doomed));
      admin.seed(admin.createKey(kept));

      Http.Response deleted =
          admin.http.delete("/admin/v1/orgs/" + org, admin.bearer()); // its apps with it
      assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
      // jobs do not run on this instance: it stops before anything is purged
      assertThat(rows(doomed)).containsKeys("app_purges", "memories", "tasks");
      assertThat(filesOf(doomed)).isNotEmpty();
    }
    try (EmbeddedServer restarted = start(true)) {
      assertThat(restarted.isRunning()).isTrue();
      awaitPurged(doomed);
      awaitPurged(kept);
      assertThat(rows(doomed)).isEmpty();
      assertThat(rows(kept)).isEmpty();
      assertThat(orphanJobs()).isZero();
      assertThat(filesOf(doomed)).isEmpty();
      assertThat(filesOf(kept)).isEmpty();
    }
  }

  private EmbeddedServer start(boolean jobs) {
    Map<String, Object> properties = new HashMap<>(database.properties());
    properties.put("engram.home", home.toString());
    properties.put("micronaut.server.port", "-1");
    properties.put("engram.port", "-1");
    properties.put("engram.bootstrap.admin-password", PASSWORD);
    properties.put("engram.jobs.enabled", String.valueOf(jobs));
    properties.put("engram.jobs.polling-interval", "100ms");
    properties.put("engram.purge.grace-period", "2s");
    return ApplicationContext.run(EmbeddedServer.class, properties, "test");
  }

  /** Waits until the purge of the app ended: no pass left to run, the app out of app_purges. */
  private void awaitPurged(String appId) {
    await(
        () ->
            count("select count(*) from app_purges where app_id = ?", appId) == 0
                && count(
                        "select count(*) from scheduled_tasks where task_name = 'app-purge'"
                            + " and task_instance like ?",
                        appId + "%")
                    == 0,
        Duration.ofMinutes(2));
  }

  private Map<String, Long> rows(String appId) {
    try (Connection c = connect()) {
      return AppRows.count(c, appId);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Scheduled runs of task jobs whose task is gone. */
  private long orphanJobs() {
    return count(
        "select count(*) from scheduled_tasks where task_name not in ('app-purge')"
            + " and task_instance like ? and task_instance not in (select id from tasks)",
        "task_%");
  }

  private long count(String sql, String parameter) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Path> filesOf(String appId) throws IOException {
    try (Stream<Path> paths = Files.walk(home)) {
      return paths.filter(p -> home.relativize(p).toString().contains(appId)).toList();
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
  }

  private static void await(BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() - deadline).as("waited %s", timeout).isNegative();
      try {
        Thread.sleep(Duration.ofMillis(50));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static Path temporaryHome() {
    return TemporaryDirectories.create("engram-deletion-");
  }

  /** A console session of the bootstrap admin and the writes a tenant's client makes. */
  private static final class Client {
    final Http http;
    final String token;

    Client(EmbeddedServer server) {
      http = new Http(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
      Http.Response login =
          http.post(
              "/admin/v1/login", http.toJson(Map.of("username", "admin", "password", PASSWORD)));
      assertThat(login.status()).as(login.body()).isEqualTo(200);
      token = login.text("access_token");
    }

    String[] bearer() {
      return Http.bearer(token);
    }

    String createOrg() {
      String name = "deletion-" + UUID.randomUUID().toString().substring(0, 8);
      return created(http.post("/admin/v1/orgs", http.toJson(Map.of("name", name)), bearer()));
    }

    String createApp(String org, String name) {
      return created(
          http.post(
              "/admin/v1/orgs/" + org + "/apps", http.toJson(Map.of("name", name)), bearer()));
    }

    String createKey(String app) {
      Http.Response response =
          http.post(
              "/admin/v1/apps/" + app + "/keys",
              http.toJson(
                  Map.of("name", "writer", "scopes", List.of("memories:read", "memories:write"))),
              bearer());
      assertThat(response.status()).as(response.body()).isEqualTo(201);
      return response.text("key");
    }

    /** Memories with events and a relation, a queued conversation, a buffered message. */
    void seed(String key) {
      List<String> ids = new ArrayList<>();
      for (String content : List.of("Ana lives in Lisbon", "Ana is allergic to peanuts")) {
        Http.Response stored =
            http.post(
                "/v1/memories",
                http.toJson(Map.of("user_id", "u0", "content", content)),
                Http.bearer(key));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        ids.add(((List<?>) stored.at("ids")).getFirst().toString());
      }
      Http.Response related =
          http.post(
              "/v1/memories/" + ids.get(0) + "/relations",
              http.toJson(Map.of("target_id", ids.get(1), "type", "related_to")),
              Http.bearer(key));
      assertThat(related.status()).as(related.body()).isIn(200, 201);
      assertThat(write(key, 0, 0)).isEqualTo(201);
      assertThat(write(key, 0, 1)).isEqualTo(202);
      assertThat(write(key, 0, 2)).isEqualTo(202);
    }

    /** One write of a writer: a memory, a conversation or a session message, by turns. */
    int write(String key, int writer, int round) {
      String user = "u" + writer;
      return switch (round % 3) {
        case 0 ->
            http.post(
                    "/v1/memories",
                    http.toJson(
                        Map.of(
                            "user_id",
                            user,
                            "content",
                            "Fact "
                                + round
                                + " of writer "
                                + writer
                                + " about "
                                + UUID.randomUUID())),
                    Http.bearer(key))
                .status();
        case 1 ->
            http.post(
                    "/v1/conversations",
                    http.toJson(
                        Map.of(
                            "user_id",
                            user,
                            "partial",
                            true,
                            "messages",
                            List.of(
                                Map.of(
                                    "role",
                                    "user",
                                    "content",
                                    "I moved to city number " + round + " and I love hiking."),
                                Map.of("role", "assistant", "content", "Noted!")))),
                    Http.bearer(key))
                .status();
        default ->
            http.post(
                    "/v1/sessions/s-" + writer + "/messages",
                    http.toJson(
                        Map.of("user_id", user, "role", "user", "content", "message " + round)),
                    Http.bearer(key))
                .status();
      };
    }

    private static String created(Http.Response response) {
      assertThat(response.status()).as(response.body()).isEqualTo(201);
      return response.text("id");
    }
  }
}
