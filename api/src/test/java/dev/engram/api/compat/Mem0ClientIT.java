package dev.engram.api.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.api.testing.TemporaryDirectories;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * mem0's own npm client ({@code mem0ai} 3.3.1 and the last 2.x, 2.4.6, pinned in
 * src/test/node/mem0-client, telemetry off) run by Node against this Engram with its host set to
 * {@code <engram>/mem0}: add, search, get, getAll, update, history, delete, deleteAll and users
 * succeed, and what the client reads back is what Engram stored (checked through the native API).
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class Mem0ClientIT extends ApiTestSupport {
  private static final Path NODE_DIR = Path.of("src/test/node/mem0-client");

  private String key;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String app = createApp(root, createOrg(root, unique("mem0-org")), "mem0");
    // users() lists across the app's users, which takes the admin scope in Engram
    key = createKeySecret(root, app, List.of("admin"));
  }

  @Test
  void theVersion3ClientWorksUnchangedAgainstTheMem0Surface() throws Exception {
    String user = unique("mem0-v3");
    Map<String, Object> out = flow("v3", user);

    assertThat(out.get("add")).as(String.valueOf(out)).isInstanceOf(Map.class);
    Map<String, Object> add = (Map<String, Object>) out.get("add");
    assertThat(add).containsEntry("status", "PENDING");
    Map<String, Object> event = (Map<String, Object>) out.get("event");
    assertThat(event.get("status")).isEqualTo(200);
    Map<String, Object> eventBody = (Map<String, Object>) event.get("body");
    assertThat(eventBody).containsEntry("status", "SUCCEEDED");
    List<Map<String, Object>> stored = (List<Map<String, Object>>) eventBody.get("results");
    assertThat(stored)
        .extracting(m -> m.get("memory"))
        .containsExactly("I love hiking in the Alps");
    assertThat((Map<String, Object>) out.get("inferred")).containsEntry("status", "PENDING");

    Map<String, Object> all = (Map<String, Object>) out.get("getAll");
    assertThat(((List<Map<String, Object>>) all.get("results")))
        .extracting(m -> m.get("memory"))
        .contains("I love hiking in the Alps", "My favourite drink is green tea");
    List<Map<String, Object>> agentOnly =
        (List<Map<String, Object>>) ((Map<String, Object>) out.get("getAllAgent")).get("results");
    assertThat(agentOnly)
        .extracting(m -> m.get("memory"))
        .containsExactly("I love hiking in the Alps");
    assertThat(agentOnly.get(0))
        .containsEntry("agentId", "trip-planner")
        .containsEntry("userId", user);

    List<Map<String, Object>> hits =
        (List<Map<String, Object>>) ((Map<String, Object>) out.get("search")).get("results");
    assertThat(hits.get(0).get("memory")).isEqualTo("I love hiking in the Alps");
    assertThat(hits.get(0).get("score")).isInstanceOf(Number.class);
    String id = (String) hits.get(0).get("id");
    assertThat((Map<String, Object>) out.get("get"))
        .containsEntry("id", id)
        .containsEntry("metadata", Map.of("source", "mem0-js", "role", "user"));
    assertThat((Map<String, Object>) out.get("update"))
        .containsEntry("memory", "I love hiking in the Dolomites");
    List<Map<String, Object>> history = (List<Map<String, Object>>) out.get("history");
    assertThat(history).extracting(h -> h.get("event")).containsExactly("ADD", "UPDATE");
    assertThat(history.get(1))
        .containsEntry("oldMemory", "I love hiking in the Alps")
        .containsEntry("newMemory", "I love hiking in the Dolomites");
    assertThat((Map<String, Object>) out.get("feedback")).containsEntry("feedback", "POSITIVE");
    List<Map<String, Object>> users =
        (List<Map<String, Object>>) ((Map<String, Object>) out.get("users")).get("results");
    assertThat(users).extracting(u -> u.get("name")).contains(user);
    assertThat((Map<String, Object>) out.get("delete")).containsKey("message");
    assertThat((Map<String, Object>) out.get("deleteAll")).containsKey("message");
    assertThat((Map<String, Object>) out.get("afterDeleteAll")).containsEntry("count", 0);

    // the same memories, seen through the native API: deleted (the user erased)
    Http.Response native1 = http.get("/v1/memories/" + id, Http.bearer(key));
    assertThat(native1.status()).as(native1.body()).isEqualTo(404);
  }

  @Test
  void theLastVersion2ClientWorksUnchangedAgainstTheMem0Surface() throws Exception {
    String user = unique("mem0-v2");
    Map<String, Object> out = flow("v2", user);

    List<Map<String, Object>> add = (List<Map<String, Object>>) out.get("add");
    assertThat(add).as(String.valueOf(out)).hasSize(1);
    assertThat(add.get(0))
        .containsEntry("event", "ADD")
        .containsEntry("memory", "I love hiking in the Alps");
    String id = (String) add.get(0).get("id");
    assertThat(id).startsWith("mem_");
    assertThat((List<Map<String, Object>>) out.get("getAll"))
        .extracting(m -> m.get("memory"))
        .containsExactlyInAnyOrder("I love hiking in the Alps", "My favourite drink is green tea");
    assertThat((List<Map<String, Object>>) out.get("getAllV2"))
        .extracting(m -> m.get("id"))
        .containsExactly(id);
    assertThat(((List<Map<String, Object>>) out.get("search")).get(0)).containsEntry("id", id);
    assertThat((List<Map<String, Object>>) out.get("searchV2"))
        .extracting(m -> m.get("id"))
        .containsExactly(id);
    assertThat((Map<String, Object>) out.get("get"))
        .containsEntry("id", id)
        .containsEntry("user_id", user)
        .containsEntry("agent_id", "trip-planner")
        .containsEntry("memory", "I love hiking in the Alps");
    assertThat((Map<String, Object>) out.get("update"))
        .containsEntry("text", "I love hiking in the Dolomites");
    assertThat((List<Map<String, Object>>) out.get("history"))
        .extracting(h -> h.get("event"))
        .containsExactly("ADD", "UPDATE");
    assertThat((List<Map<String, Object>>) ((Map<String, Object>) out.get("users")).get("results"))
        .extracting(u -> u.get("name"))
        .contains(user);
    assertThat((Map<String, Object>) out.get("delete")).containsKey("message");
    assertThat((Map<String, Object>) out.get("deleteAll")).containsKey("message");
    assertThat((List<Object>) out.get("afterDeleteAll")).isEmpty();
    // through the native API: the user was erased
    assertThat(http.get("/v1/memories/" + id, Http.bearer(key)).status()).isEqualTo(404);
  }

  private Map<String, Object> flow(String client, String user) throws Exception {
    File dir = NODE_DIR.toFile();
    if (!new File(dir, "node_modules/mem0ai").isDirectory()
        || !new File(dir, "node_modules/mem0ai-v2").isDirectory()) {
      run(dir, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    }
    String host = server.getURI().toString().replaceAll("/$", "") + "/mem0";
    String out = run(dir, "node", "flow.mjs", client, host, key, user);
    Map<String, Object> steps =
        jsonMapper.readValue(out, Argument.mapOf(String.class, Object.class));
    for (Map.Entry<String, Object> step : steps.entrySet()) {
      if (step.getValue() instanceof Map<?, ?> m && m.containsKey("error")) {
        throw new AssertionError("mem0 client step " + step.getKey() + " failed: " + m);
      }
    }
    return steps;
  }

  private static String run(File dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir);
    builder.environment().put("MEM0_TELEMETRY", "false");
    builder.environment().put("MEM0_DIR", TemporaryDirectories.create("mem0-home").toString());
    Path err = Files.createTempFile("mem0-client", ".err");
    builder.redirectError(err.toFile());
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue())
        .as(String.join(" ", command) + ": " + Files.readString(err, StandardCharsets.UTF_8))
        .isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
