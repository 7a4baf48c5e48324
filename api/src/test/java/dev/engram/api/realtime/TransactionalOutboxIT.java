package dev.engram.api.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import dev.engram.memory.task.TaskStatus;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Task completions and learning events write their realtime outbox row in the transaction of the
 * change itself: a change that commits leaves exactly one row, one that rolls back leaves none, and
 * a row that cannot be written rolls the change back (the same database: both or neither). The bus
 * loses every platform event here ({@link DeafEventBus}), so no gateway deletes the rows before
 * they are counted. A check constraint on the outbox refusing a marker stands for a failure to
 * write the row; one on {@code learning_events} for a failure of the change.
 */
@MicronautTest(transactional = false)
class TransactionalOutboxIT extends ApiTestSupport {
  private static final String POISON = "poison-outbox";

  @Inject TaskRepository tasks;
  @Inject Transactions transactions;
  @Inject DataSource dataSource;
  private String app;
  private String key;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put(DeafEventBus.PROPERTY, "true");
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    app = createApp(root, createOrg(root, unique("tx-org")), unique("tx-app"));
    key = createKeySecret(root, app, List.of("analytics:read", "analytics:write"));
  }

  private long count(String sql, String value) {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Outbox rows whose event mentions {@code text}. */
  private long outboxRows(String text) {
    return count("select count(*) from realtime_outbox where body like ?", "%" + text + "%");
  }

  /**
   * Outbox rows of learning events of the domain (an insight found meanwhile may name the domain
   * too: it is not counted).
   */
  private long learningOutboxRows(String domain) {
    return count(
        "select count(*) from realtime_outbox where body like ? and body like '%\"learning.feedback\"%'",
        "%\"" + domain + "\"%");
  }

  private long learningRows(String domain) {
    return count("select count(*) from learning_events where domain = ?", domain);
  }

  private void ddl(String sql) {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code body} while the outbox refuses rows mentioning {@code marker}. */
  private void withPoisonedOutbox(String marker, Runnable body) {
    ddl(
        "alter table realtime_outbox add constraint ck_test_poison check (body not like '%"
            + marker
            + "%')");
    try {
      body.run();
    } finally {
      ddl("alter table realtime_outbox drop constraint ck_test_poison");
    }
  }

  private TaskStatus status(String taskId) {
    return tasks.find(taskId).orElseThrow().status();
  }

  @Test
  void aTaskCompletionThatCommitsLeavesExactlyOneOutboxRow() {
    Task succeeded = tasks.create(app, "outbox-test", "{}");
    Task failed = tasks.create(app, "outbox-test", "{}");
    tasks.succeed(succeeded.id());
    tasks.fail(failed.id());
    assertThat(status(succeeded.id())).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(outboxRows(succeeded.id())).isEqualTo(1);
    assertThat(outboxRows("\"task_id\":\"" + succeeded.id() + "\"")).isEqualTo(1);
    assertThat(outboxRows("task.succeeded")).isPositive();
    assertThat(status(failed.id())).isEqualTo(TaskStatus.FAILED);
    assertThat(outboxRows(failed.id())).isEqualTo(1);
  }

  @Test
  void aTaskCompletionThatRollsBackLeavesNoOutboxRow() {
    Task task = tasks.create(app, "outbox-test", "{}");
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    c -> {
                      tasks.succeed(task.id());
                      // inside the transaction the task is finished; its outbox row waits for
                      // the commit (the rows of a transaction are written together just before)
                      try (PreparedStatement s =
                          c.prepareStatement("select status from tasks where id = ?")) {
                        s.setString(1, task.id());
                        try (ResultSet r = s.executeQuery()) {
                          r.next();
                          assertThat(r.getString(1)).isEqualTo(TaskStatus.SUCCEEDED.value());
                        }
                      }
                      throw new IllegalStateException("the caller's transaction fails");
                    }))
        .hasMessage("the caller's transaction fails");
    assertThat(status(task.id())).isEqualTo(TaskStatus.QUEUED);
    assertThat(outboxRows(task.id())).isZero();
  }

  @Test
  void aTaskCompletionWhoseOutboxRowCannotBeWrittenDoesNotCommit() {
    String kind = unique(POISON);
    Task task = tasks.create(app, kind, "{}");
    withPoisonedOutbox(
        kind,
        () ->
            assertThatThrownBy(() -> tasks.succeed(task.id()))
                .isInstanceOf(RuntimeException.class));
    // before: the status committed in its own transaction and the row was lost (logged)
    assertThat(status(task.id())).isEqualTo(TaskStatus.QUEUED);
    assertThat(outboxRows(task.id())).isZero();
    tasks.succeed(task.id());
    assertThat(status(task.id())).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(outboxRows(task.id())).isEqualTo(1);
  }

  private Http.Response learningEvent(String domain) {
    return http.post(
        "/v1/learning/events",
        http.toJson(Map.of("event_type", "feedback", "domain", domain, "user_id", "alice")),
        Http.bearer(key));
  }

  @Test
  void aLearningEventThatCommitsLeavesExactlyOneOutboxRow() {
    String domain = unique("committed");
    Http.Response recorded = learningEvent(domain);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(learningRows(domain)).isEqualTo(1);
    assertThat(learningOutboxRows(domain)).isEqualTo(1);
    assertThat(outboxRows("\"domain\":\"" + domain + "\"")).isPositive();
    assertThat(outboxRows("learning.feedback")).isPositive();
  }

  @Test
  void aLearningEventThatIsNotRecordedLeavesNoOutboxRow() {
    String domain = unique("refused");
    ddl(
        "alter table learning_events add constraint ck_test_refused check (domain <> '"
            + domain
            + "')");
    try {
      Http.Response refused = learningEvent(domain);
      assertThat(refused.status()).as(refused.body()).isGreaterThanOrEqualTo(500);
    } finally {
      ddl("alter table learning_events drop constraint ck_test_refused");
    }
    assertThat(learningRows(domain)).isZero();
    assertThat(learningOutboxRows(domain)).isZero();
  }

  @Test
  void aLearningEventWhoseOutboxRowCannotBeWrittenIsNotRecorded() {
    String domain = unique(POISON);
    withPoisonedOutbox(
        domain,
        () -> {
          Http.Response refused = learningEvent(domain);
          assertThat(refused.status()).as(refused.body()).isGreaterThanOrEqualTo(500);
        });
    // before: the event was recorded (201) and its row lost (logged)
    assertThat(learningRows(domain)).isZero();
    assertThat(learningOutboxRows(domain)).isZero();
    Http.Response recorded = learningEvent(domain);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(learningRows(domain)).isEqualTo(1);
    assertThat(learningOutboxRows(domain)).isEqualTo(1);
  }
}
