package dev.engram.api.identity;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real Keycloak for the whole test run: the {@code keycloak-quarkus-dist} that the build
 * unpacked ({@code engram.keycloak.home}), started on first use with {@code start-dev
 * --import-realm} and the realm of {@code infra/keycloak}, on free ports, with a fresh database,
 * and stopped when the test JVM exits.
 */
public final class KeycloakServer {
  public static final String REALM = "engram";
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "keycloak-test-admin";
  public static final String PROVISIONER_SECRET = "provisioner-test-secret";
  private static final Logger LOG = LoggerFactory.getLogger(KeycloakServer.class);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private static KeycloakServer instance;

  private final Process process;
  private final URI url;
  private final Path log;
  private final Duration startTime;

  private KeycloakServer(Process process, URI url, Path log, Duration startTime) {
    this.process = process;
    this.url = url;
    this.log = log;
    this.startTime = startTime;
  }

  /** The running server, started by the first caller. */
  public static synchronized KeycloakServer get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "keycloak-stop"));
    }
    return instance;
  }

  public URI url() {
    return url;
  }

  public String issuer() {
    return url + "/realms/" + REALM;
  }

  public Duration startTime() {
    return startTime;
  }

  /** An admin client of the master realm's bootstrap admin (for what tests set up or inspect). */
  public Keycloak admin() {
    return KeycloakBuilder.builder()
        .serverUrl(url.toString())
        .realm("master")
        .clientId("admin-cli")
        .username(ADMIN)
        .password(ADMIN_PASSWORD)
        .build();
  }

  /**
   * The public client {@code engram-it} with the password grant (for tests only; the console's
   * client has no password grant), carrying the same audience and tenant_id mappers.
   */
  private void createTestClient() {
    try (Keycloak admin = admin()) {
      ClientsResource clients = admin.realm(REALM).clients();
      ClientRepresentation console = clients.findByClientId("engram-console").getFirst();
      ClientRepresentation client = new ClientRepresentation();
      client.setClientId(KeycloakLogin.TEST_CLIENT);
      client.setPublicClient(true);
      client.setDirectAccessGrantsEnabled(true);
      client.setStandardFlowEnabled(false);
      client.setProtocolMappers(
          console.getProtocolMappers().stream().peek(m -> m.setId(null)).toList());
      try (Response response = clients.create(client)) {
        if (response.getStatus() != 201) {
          throw new IllegalStateException("cannot create the test client: " + response.getStatus());
        }
      }
    }
  }

  /** Lets the console's client redirect to {@code uri} (a test server's random port). */
  public void allowConsoleRedirect(String uri) {
    try (Keycloak admin = admin()) {
      ClientsResource clients = admin.realm(REALM).clients();
      ClientRepresentation console = clients.findByClientId("engram-console").getFirst();
      List<String> uris = new java.util.ArrayList<>(console.getRedirectUris());
      uris.add(uri);
      console.setRedirectUris(uris);
      clients.get(console.getId()).update(console);
    }
  }

  private static KeycloakServer start() {
    Path home = Path.of(requiredProperty("engram.keycloak.home"));
    Path realm = Path.of(requiredProperty("engram.keycloak.realm"));
    try {
      Path data = home.resolve("data");
      deleteTree(data.resolve("h2"));
      Files.createDirectories(data.resolve("import"));
      Files.copy(
          realm, data.resolve("import/engram-realm.json"), StandardCopyOption.REPLACE_EXISTING);
      int port = freePort();
      int managementPort = freePort();
      Path log = Files.createTempFile("keycloak-", ".log");
      Path script = home.resolve("bin/kc.sh");
      script.toFile().setExecutable(true);
      ProcessBuilder builder =
          new ProcessBuilder(
                  script.toString(),
                  "start-dev",
                  "--import-realm",
                  "--http-port=" + port,
                  "--http-management-port=" + managementPort,
                  "--hostname=http://localhost:" + port)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
      env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
      env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("ENGRAM_PROVISIONER_SECRET", PROVISIONER_SECRET);
      long started = System.nanoTime();
      Process process = builder.start();
      URI url = URI.create("http://localhost:" + port);
      awaitRealm(process, url, log);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      LOG.info("Keycloak started in {} s at {} (log {})", took.toSeconds(), url, log);
      System.out.println("Keycloak started in " + took.toMillis() / 1000.0 + " s");
      KeycloakServer server = new KeycloakServer(process, url, log, took);
      server.createTestClient();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Keycloak from " + home, e);
    }
  }

  /**
   * Blocks until the realm's discovery document answers: each try blocks on a request with a
   * timeout; between failed tries the wait doubles from 250 ms up to 2 s.
   */
  private static void awaitRealm(Process process, URI url, Path log) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest discovery =
        HttpRequest.newBuilder(
                url.resolve("/realms/" + REALM + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(10))
            .build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    long backoffMillis = 250;
    while (System.nanoTime() < deadline) {
      try {
        if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
      try {
        // the process ending is the other thing worth waking up for
        if (process.waitFor(backoffMillis, TimeUnit.MILLISECONDS)) {
          throw new IllegalStateException(
              "Keycloak exited with " + process.exitValue() + ":\n" + tail(log));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
      backoffMillis = Math.min(backoffMillis * 2, 2_000);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "Keycloak did not answer within " + START_TIMEOUT + ":\n" + tail(log));
  }

  private void stop() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** The last lines Keycloak printed, for failure messages. */
  public String logTail() {
    return tail(log);
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name + " is not set: run the Keycloak tests through Maven (failsafe sets it)");
    }
    return value;
  }
}
