package dev.engram.tools.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core of {@code ./engram eval security} in the build, in its quick form (no huge bodies, fewer
 * variants): every route the application lists is covered, no probe reaches the other tenant or
 * passes without a valid credential, every bad request is refused cleanly and changes nothing, and
 * every owner's own call succeeds (so the probes call the routes rightly).
 */
class SecuritySuiteIT {
  private static final String ADMIN_PASSWORD = "security-suite-admin";
  private static final String OPERATOR_TOKEN = "security-suite-operator";

  @TempDir Path home;

  @Test
  void noLeakNoMishandledInputAndEveryRouteCovered() throws IOException {
    Map<String, Object> properties =
        Map.of(
            "engram.home",
            home.toString(),
            "micronaut.server.port",
            -1,
            "engram.port",
            -1,
            "engram.realtime.port",
            freePort(),
            "engram.bootstrap.admin-password",
            ADMIN_PASSWORD,
            "engram.bootstrap.demo",
            false,
            "engram.operator.token",
            OPERATOR_TOKEN);
    SecuritySuite.Result result;
    try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
      result = SecuritySuite.run(server.getURI(), ADMIN_PASSWORD, OPERATOR_TOKEN, true, System.err);
    }

    String failures = String.join("\n", result.failures());
    assertThat(result.uncovered()).as(failures).isEmpty();
    assertThat(result.leaks()).as(failures).isZero();
    assertThat(result.inconclusive()).as(failures).isZero();
    assertThat(result.handled()).as(failures).isEqualTo(result.badInputs());
    assertThat(result.routes()).isGreaterThan(200);
    assertThat(result.badInputs()).isGreaterThan(500);
    assertThat(result.probes()).isGreaterThan(1500);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
