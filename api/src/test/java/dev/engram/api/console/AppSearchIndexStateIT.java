package dev.engram.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.index.atlas.AtlasSearchStatus;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The console shows when an app's search indexes are still building: the app's view carries the
 * state the Atlas index reports (a hand-written stand-in here, as Atlas needs Docker; the real
 * index is exercised by {@code AtlasApplicationIT} where Docker exists).
 */
@MicronautTest(transactional = false)
class AppSearchIndexStateIT extends ApiTestSupport {
  @Inject BuildingIndexes indexes;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
    properties.put("test.atlas-status", "true");
    return properties;
  }

  @Test
  void anAppReadsBuildingWhileItsSearchIndexesAreBuildingAndReadyAfterwards() {
    String admin = adminToken();
    String org = createOrg(admin, unique("atlas-org"));
    String app = createApp(admin, org, "voice-bot");
    assertThat(http.get("/admin/v1/apps/" + app, Http.bearer(admin)).text("search_index"))
        .isEqualTo("ready");

    indexes.building.put(app, "engram_text=READY, engram_vector=BUILDING");

    Http.Response building = http.get("/admin/v1/apps/" + app, Http.bearer(admin));
    assertThat(building.text("search_index")).isEqualTo("building");
    assertThat(building.text("search_index_detail")).contains("engram_vector=BUILDING");
    Http.Response list = http.get("/admin/v1/orgs/" + org + "/apps", Http.bearer(admin));
    assertThat(list.body()).contains("\"search_index\":\"building\"");

    indexes.building.remove(app);

    Http.Response ready = http.get("/admin/v1/apps/" + app, Http.bearer(admin));
    assertThat(ready.text("search_index")).isEqualTo("ready");
    assertThat(ready.body()).doesNotContain("engram_vector");
  }

  /** Stands in for the Atlas index's status: the apps whose indexes are building. */
  @Singleton
  @Requires(property = "test.atlas-status", value = "true")
  static final class BuildingIndexes implements AtlasSearchStatus {
    final Map<String, String> building = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> building() {
      return Map.copyOf(building);
    }
  }
}
