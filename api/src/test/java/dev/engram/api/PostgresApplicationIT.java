package dev.engram.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The whole application on PostgreSQL (DATASOURCES_DEFAULT_URL), as operators run it. */
@MicronautTest(transactional = false)
class PostgresApplicationIT extends ApiTestSupport {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }

  @AfterAll
  void dropDatabase() {
    stopApplicationThenDropDatabase();
  }

  @Test
  void consoleAndKeysWorkOnPostgres() {
    String admin = adminToken();
    String org = createOrg(admin, unique("pg-org"));
    String app = createApp(admin, org, "pg-app");
    String key = createKeySecret(admin, app, List.of("memories:read"));

    Http.Response whoami = http.get("/v1/whoami", Http.bearer(key));

    assertThat(whoami.status()).isEqualTo(200);
    assertThat(whoami.text("app.id")).isEqualTo(app);
    assertThat(http.get("/health", operator()).text("details.database.details.product"))
        .isEqualTo("PostgreSQL");
  }
}
