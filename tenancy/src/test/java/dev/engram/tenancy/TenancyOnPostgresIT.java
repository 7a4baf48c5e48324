package dev.engram.tenancy;

import dev.engram.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyOnPostgresIT extends TenancyContract implements TestPropertyProvider {
  private final TestDatabase database = TestDatabase.postgres();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(database.properties());
    properties.put(dev.engram.tenancy.identity.RecordingProvisioner.PROPERTY, "true");
    return properties;
  }

  @AfterAll
  void dropDatabase() {
    database.drop();
  }
}
