package dev.engram.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console's static files at /admin: deep links, cache headers, no shadowing of the API. */
@MicronautTest(transactional = false)
class ConsolePagesIT extends ApiTestSupport {

  @Test
  void everyConsoleRouteAnswersTheSinglePageApplication() {
    for (String path :
        new String[] {"/admin", "/admin/", "/admin/orgs", "/admin/apps/x/memories"}) {
      var r = http.get(path);
      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(r.header("Content-Type")).as(path).startsWith("text/html");
      assertThat(r.header("Cache-Control")).as(path).isEqualTo("no-cache");
      assertThat(r.body()).as(path).contains("<div id=\"root\">");
    }
  }

  @Test
  void hashedAssetsAreCachedForAYear() {
    Matcher script =
        Pattern.compile("/admin/(assets/[^\"]+\\.js)").matcher(http.get("/admin/").body());
    assertThat(script.find()).isTrue();
    var r = http.get("/admin/" + script.group(1));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).contains("javascript");
    assertThat(r.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
    assertThat(http.get("/admin/assets/missing-123.js").status()).isEqualTo(404);
  }

  @Test
  void theConsoleApiIsNotShadowed() {
    assertThat(http.get("/admin/v1/orgs").status()).isEqualTo(401);
    assertThat(http.get("/admin/v1/no-such-endpoint").status()).isIn(401, 404);
    assertThat(http.get("/admin/v1/orgs", "Authorization", "Bearer " + adminToken()).status())
        .isEqualTo(200);
  }

  @Test
  void pathsCannotLeaveTheConsoleFolder() {
    var r = http.get("/admin/..%2F..%2Fapplication.yml");
    assertThat(r.body()).doesNotContain("datasources");
  }
}
