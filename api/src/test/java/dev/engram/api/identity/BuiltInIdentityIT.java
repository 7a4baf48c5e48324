package dev.engram.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * The embedded default: no Keycloak configured, the console is offered the built-in sign-in only.
 */
@MicronautTest(transactional = false)
class BuiltInIdentityIT extends ApiTestSupport {
  @Test
  void offersOnlyTheBuiltInSignIn() {
    Http.Response config = http.get("/admin/v1/auth/config");
    assertThat(config.status()).isEqualTo(200);
    assertThat(config.at("built_in")).isEqualTo(true);
    assertThat(config.map()).doesNotContainKeys("oidc", "oidc_error");
  }
}
