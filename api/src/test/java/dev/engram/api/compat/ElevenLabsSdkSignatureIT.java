package dev.engram.api.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Engram's webhook signature check against ElevenLabs' own: the npm package
 * {@code @elevenlabs/elevenlabs-js} (pinned in src/test/node/elevenlabs-signature) runs its {@code
 * webhooks.constructEvent} under Node on the same generated cases Engram receives over HTTP.
 * Everything the SDK rejects Engram rejects; everything it accepts Engram accepts, except a
 * timestamp ahead of the clock and a replayed signature, which Engram refuses on purpose (the SDK
 * has no upper bound and no replay check).
 */
@MicronautTest(transactional = false)
class ElevenLabsSdkSignatureIT extends ApiTestSupport {
  private static final String SECRET = "whsec_sdk_secret_0123456789";
  private static final Path NODE_DIR = Path.of("src/test/node/elevenlabs-signature");

  private String app;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    app = createApp(root, createOrg(root, unique("sdk-org")), "voice");
    Http.Response put =
        http.put(
            "/admin/v1/apps/" + app + "/integrations/elevenlabs",
            http.toJson(Map.of("webhook_secret", SECRET)),
            Http.bearer(root));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  private record Case(String name, String body, String header, String secret) {}

  @Test
  void engramAgreesWithTheSdkExceptWhereItIsStricterOnPurpose() throws Exception {
    long now = System.currentTimeMillis() / 1000;
    String compact = "{\"caller_id\":\"" + unique("sdk") + "\",\"agent_id\":\"a1\"}";
    String spaced =
        "{\n  \"caller_id\" : \""
            + unique("sdk")
            + "\",\n  \"note\" : \"Grüße aus Köln — 東京 ✓\"\n}\n";
    String tamperedBase = "{\"caller_id\":\"" + unique("sdk") + "\"}";
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("valid", compact, ElevenLabsWebhookIT.sign(SECRET, now, compact), SECRET));
    cases.add(
        new Case(
            "tampered body",
            tamperedBase.replace("}", ",\"x\":1}"),
            ElevenLabsWebhookIT.sign(SECRET, now, tamperedBase),
            SECRET));
    cases.add(
        new Case(
            "wrong secret",
            compact,
            ElevenLabsWebhookIT.sign("not_the_secret_0123456789", now, compact),
            SECRET));
    cases.add(
        new Case(
            "old",
            compact,
            ElevenLabsWebhookIT.sign(SECRET, now - Duration.ofMinutes(31).toSeconds(), compact),
            SECRET));
    cases.add(new Case("malformed header: no timestamp", compact, "v0=abcdef", SECRET));
    cases.add(new Case("malformed header: no hash", compact, "t=" + now, SECRET));
    cases.add(
        new Case(
            "malformed header: upper-case hash",
            compact,
            ElevenLabsWebhookIT.sign(SECRET, now, compact)
                .toUpperCase(Locale.ROOT)
                .replace("T=", "t=")
                .replace("V0=", "v0="),
            SECRET));
    cases.add(
        new Case(
            "non-compact JSON with non-ASCII text",
            spaced,
            ElevenLabsWebhookIT.sign(SECRET, now, spaced),
            SECRET));
    String future = "{\"caller_id\":\"" + unique("sdk") + "\"}";
    cases.add(
        new Case(
            "future",
            future,
            ElevenLabsWebhookIT.sign(SECRET, now + Duration.ofMinutes(10).toSeconds(), future),
            SECRET));
    String replayed = "{\"caller_id\":\"" + unique("sdk") + "\"}";
    Case first =
        new Case(
            "replay: first delivery",
            replayed,
            ElevenLabsWebhookIT.sign(SECRET, now, replayed),
            SECRET);
    cases.add(first);
    cases.add(new Case("replay: second delivery", first.body(), first.header(), SECRET));

    Map<String, Boolean> sdk = runSdk(cases);
    Map<String, Boolean> engram = new LinkedHashMap<>();
    for (Case c : cases) {
      Http.Response response =
          http.post(
              "/webhooks/elevenlabs/" + app + "/client-data",
              c.body(),
              "ElevenLabs-Signature",
              c.header());
      assertThat(response.status()).as(c.name() + ": " + response.body()).isIn(200, 401);
      engram.put(c.name(), response.status() == 200);
    }

    // the SDK's own verdicts, as documented by its code
    assertThat(sdk)
        .containsEntry("valid", true)
        .containsEntry("tampered body", false)
        .containsEntry("wrong secret", false)
        .containsEntry("old", false)
        .containsEntry("malformed header: no timestamp", false)
        .containsEntry("malformed header: no hash", false)
        .containsEntry("malformed header: upper-case hash", false)
        .containsEntry("non-compact JSON with non-ASCII text", true)
        .containsEntry("future", true)
        .containsEntry("replay: first delivery", true)
        .containsEntry("replay: second delivery", true);
    for (Case c : cases) {
      boolean stricterOnPurpose =
          c.name().equals("future") || c.name().equals("replay: second delivery");
      if (stricterOnPurpose) {
        // the SDK accepts these; Engram refuses them on purpose (no upper bound, no replay check)
        assertThat(engram.get(c.name())).as(c.name()).isFalse();
      } else {
        assertThat(engram.get(c.name())).as(c.name()).isEqualTo(sdk.get(c.name()));
      }
    }
  }

  private Map<String, Boolean> runSdk(List<Case> cases) throws IOException, InterruptedException {
    File dir = NODE_DIR.toFile();
    if (!new File(dir, "node_modules/@elevenlabs/elevenlabs-js").isDirectory()) {
      run(dir, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    }
    Path file = Files.createTempFile("elevenlabs-cases", ".json");
    List<Map<String, String>> json = new ArrayList<>();
    for (Case c : cases) {
      json.add(
          Map.of("name", c.name(), "body", c.body(), "header", c.header(), "secret", c.secret()));
    }
    Files.writeString(file, http.toJson(json), StandardCharsets.UTF_8);
    String out = run(dir, "node", "check.mjs", file.toString());
    List<Map<String, Object>> verdicts =
        jsonMapper.readValue(out, Argument.listOf(Argument.mapOf(String.class, Object.class)));
    Map<String, Boolean> result = new LinkedHashMap<>();
    verdicts.forEach(v -> result.put((String) v.get("name"), (Boolean) v.get("accepted")));
    return result;
  }

  private static String run(File dir, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir).redirectErrorStream(false).start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue())
        .as(String.join(" ", command) + ": " + new String(err, StandardCharsets.UTF_8))
        .isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
