package dev.engram.tools;

import dev.engram.tools.security.SecuritySuite;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code ./engram eval security}: starts a fresh server, sets up two tenants and runs {@link
 * SecuritySuite} over every route the server lists. Prints every finding, then the machine-readable
 * last line {@code security_leaks=… bad_inputs=… handled=… routes=… uncovered=…}; exits 1 when
 * anything leaked, was mishandled or is uncovered.
 */
public final class SecurityEval {
  private SecurityEval() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = ToolArgs.parse(args, Set.of("home", "quick"));
    boolean quick = Boolean.parseBoolean(o.getOrDefault("quick", "false"));
    String operatorToken = "security-suite-" + UUID.randomUUID();
    SecuritySuite.Result result;
    try (DataDirectory home = DataDirectory.of(o, "engram-security-");
        BenchServer server =
            BenchServer.start(
                home.path(),
                BenchServer.JVM_OPTIONS,
                Map.of("ENGRAM_OPERATOR_TOKEN", operatorToken))) {
      System.err.println("server: " + server.base());
      result =
          SecuritySuite.run(
              server.base(), BenchServer.ADMIN_PASSWORD, operatorToken, quick, System.err);
    }
    result.failures().forEach(System.out::println);
    System.out.printf(
        "%d probes on %d routes; %d bad requests, %d handled; %d leaks, %d inconclusive%n",
        result.probes(),
        result.routes(),
        result.badInputs(),
        result.handled(),
        result.leaks(),
        result.inconclusive());
    System.out.println(result.lastLine());
    System.exit(result.passed() ? 0 : 1);
  }
}
