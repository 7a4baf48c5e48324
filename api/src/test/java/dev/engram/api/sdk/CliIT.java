package dev.engram.api.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.cli.EngramCli;
import dev.engram.sdk.Json;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line ({@code cli}) end to end against this Engram, through its main entry with a
 * given environment: tables by default, {@code --json} for scripts, and the documented exit codes
 * (0 ok, 1 refused, 2 usage, 3 not found, 4 auth, 5 server error or unreachable).
 */
@MicronautTest(transactional = false)
class CliIT extends ApiTestSupport {
  private String key;
  private String otherAppKey;
  private Path userHome;

  @BeforeAll
  void setUp() throws Exception {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("cli-org"));
    key = createKeySecret(root, createApp(root, org, "cli-app"), JavaSdkIT.ALL_SCOPES);
    otherAppKey = createKeySecret(root, createApp(root, org, "cli-import"), JavaSdkIT.ALL_SCOPES);
    userHome = Files.createTempDirectory(home, "user-home");
  }

  private record Run(int code, String out, String err) {
    JsonNode json() {
      try {
        return Json.mapper().readTree(out);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  private String url() {
    return server.getURI().toString().replaceAll("/$", "");
  }

  private Run engram(String... args) {
    return engram(Map.of("ENGRAM_URL", url(), "ENGRAM_API_KEY", key), "", args);
  }

  private Run engram(Map<String, String> variables, String stdin, String... args) {
    Map<String, String> env = new HashMap<>(variables);
    env.put("HOME", userHome.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        EngramCli.run(
            args,
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    Run run =
        new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    System.out.println("$ engram " + String.join(" ", args) + " -> " + code);
    System.out.print(run.out());
    System.out.print(run.err());
    return run;
  }

  @Test
  void memoryAddPrintsTheDecisionAndJsonCarriesTheId() {
    String user = unique("add");
    Run table =
        engram("memory", "add", "User prefers aisle seats", "--user", user, "--tag", "travel");
    assertThat(table.code()).isZero();
    assertThat(table.out()).contains("ACTION").contains("add").contains("User prefers aisle seats");

    Run json = engram("memory", "add", "User drinks oat milk", "-u", user, "--json");
    assertThat(json.code()).isZero();
    String id = json.json().path("ids").get(0).asText();
    assertThat(id).isNotBlank();

    Run got = engram("memory", "get", id, "--json");
    assertThat(got.code()).isZero();
    assertThat(got.json().path("content").asText()).isEqualTo("User drinks oat milk");
    assertThat(got.json().path("user_id").asText()).isEqualTo(user);
  }

  @Test
  void memoryQueryShowsScoredHits() {
    String user = unique("query");
    engram("memory", "add", "User's cat is called Miso", "--user", user);
    engram("memory", "add", "User works night shifts", "--user", user);

    Run table = engram("memory", "query", "what is the cat called", "--user", user, "-n", "1");
    assertThat(table.code()).isZero();
    assertThat(table.out()).startsWith("SCORE").contains("User's cat is called Miso");
    assertThat(table.out().lines()).hasSize(2);

    Run json = engram("memory", "search", "night shifts", "--user", user, "--json");
    assertThat(json.json().path("results").get(0).path("memory").path("content").asText())
        .isEqualTo("User works night shifts");
  }

  @Test
  void memoryDeleteThenGetExitsNotFound() {
    String user = unique("delete");
    String id =
        engram("memory", "add", "User has a red bicycle", "--user", user, "--json")
            .json()
            .path("ids")
            .get(0)
            .asText();

    Run deleted = engram("memory", "delete", id, "--reason", "sold it");
    assertThat(deleted.code()).isZero();
    assertThat(deleted.out()).contains("deleted " + id);
    Run listed = engram("memory", "list", "--user", user, "--json");
    assertThat(listed.json().path("memories").size()).isZero();

    Run report = engram("memory", "report", id);
    assertThat(report.code()).isZero();
    assertThat(report.out()).startsWith("# Evolution report: `" + id + "`");
    assertThat(engram("memory", "report", id, "--format", "mermaid").out())
        .startsWith("flowchart TD");

    Run conversation =
        engram(
            "memory",
            "add",
            "-u",
            user,
            "-m",
            "user:I moved to Oslo",
            "-m",
            "assistant:Noted",
            "--wait");
    assertThat(conversation.code()).isZero();
    assertThat(conversation.out()).containsPattern("task \\S+ succeeded: \\d+ added");

    Run missing = engram("memory", "get", "no-such-memory");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).startsWith("engram: 404");
  }

  @Test
  void memoryBatchStoresAFileAndConversationAddWaitsForTheExtraction() throws Exception {
    String user = unique("batch");
    Path memories = Files.createTempFile(home, "memories", ".jsonl");
    Files.writeString(
        memories,
        "{\"content\": \"User speaks Portuguese\", \"tags\": [\"language\"]}\n"
            + "\"User lives near the sea\"\n"
            + "{\"content\": \"User is vegetarian\", \"category\": \"diet\"}\n");
    Run batch = engram("memory", "batch", memories.toString(), "--user", user);
    assertThat(batch.code()).isZero();
    assertThat(batch.err()).contains("3 submitted: 3 add");
    assertThat(engram("memory", "list", "-u", user, "--json").json().path("total").asInt())
        .isEqualTo(3);

    Path chat = Files.createTempFile(home, "chat", ".txt");
    Files.writeString(
        chat,
        String.join(
            "\n",
            "user: Hi, I need help with my order.",
            "assistant: Of course, what is the problem?",
            "user: I live in Berlin and the parcel went to Munich.",
            "assistant: Sorry about that."));
    Run conversation =
        engram("conversation", "add", "--file", chat.toString(), "--user", user, "--wait");
    assertThat(conversation.code()).isZero();
    assertThat(conversation.out()).containsPattern("task \\S+ succeeded: \\d+ added");

    Run fromStdin =
        engram(
            Map.of("ENGRAM_URL", url(), "ENGRAM_API_KEY", key),
            "[{\"role\":\"user\",\"content\":\"I like hiking.\"}]",
            "conversation",
            "add",
            "-f",
            "-",
            "-u",
            user,
            "--json");
    assertThat(fromStdin.code()).isZero();
    assertThat(fromStdin.json().path("task_id").asText()).isNotBlank();

    Path broken = Files.createTempFile(home, "broken", ".json");
    Files.writeString(broken, "[{\"role\": \"user\"}]");
    Run bad = engram("conversation", "add", "--file", broken.toString(), "--user", user);
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("cannot read messages");
  }

  @Test
  void agentAddsANoteAndAnswersFromMemories() {
    String user = unique("agent");
    Run note = engram("agent", "add", "Customer prefers phone calls", "--user", user);
    assertThat(note.code()).isZero();
    assertThat(note.out()).contains("Customer prefers phone calls");

    Run answer =
        engram("agent", "answer", "How should we contact the customer?", "-u", user, "--json");
    assertThat(answer.code()).isZero();
    assertThat(answer.json().path("engine").asText()).isNotBlank();
    assertThat(answer.json().path("memories").get(0).path("memory").path("content").asText())
        .isEqualTo("Customer prefers phone calls");

    Run saved =
        engram("agent", "save-profile", "support-bot", "caller-1", "--data", "{\"tier\":\"gold\"}");
    assertThat(saved.code()).isZero();
    Run profile = engram("agent", "profile", "support-bot", "caller-1", "--json");
    assertThat(profile.json().path("profile_data").path("tier").asText()).isEqualTo("gold");
  }

  @Test
  void entitiesListsWhatTheMemoriesNameAndTheMemoriesNamingOne() {
    String user = unique("entities");
    engram("memory", "add", "User moved to Lisbon with Maria Santos", "--user", user);
    engram("memory", "add", "User works at Acme Corp in Lisbon", "--user", user);

    Run table = engram("entities", "list", "--user", user);
    assertThat(table.code()).isZero();
    assertThat(table.out()).containsPattern("^KEY\\s+NAME\\s+KIND\\s+MEMORIES");
    assertThat(table.out().lines().skip(1).findFirst().orElseThrow())
        .as("the most often named entity first, with its count")
        .matches("lisbon\\s+Lisbon\\s+place\\s+2\\s*");
    assertThat(table.out()).contains("Maria Santos").contains("Acme Corp");

    Run people = engram("entities", "list", "-u", user, "--kind", "person", "--json");
    assertThat(people.code()).isZero();
    assertThat(people.json().path("user_id").asText()).isEqualTo(user);
    assertThat(people.json().path("entities")).hasSize(1);
    assertThat(people.json().path("entities").get(0).path("key").asText())
        .isEqualTo("maria santos");
    assertThat(people.json().path("entities").get(0).path("memories").asLong()).isEqualTo(1);

    Run memories = engram("entities", "memories", "--user", user, "Lisbon");
    assertThat(memories.code()).isZero();
    assertThat(memories.out())
        .startsWith("ID")
        .contains("User works at Acme Corp in Lisbon")
        .contains("User moved to Lisbon with Maria Santos");
    assertThat(memories.err()).contains("2 memories name 'lisbon'");

    Run json = engram("entities", "memories", "--user", user, "maria santos", "-n", "5", "--json");
    assertThat(json.code()).isZero();
    assertThat(json.json().path("entity").asText()).isEqualTo("maria santos");
    assertThat(json.json().path("memories")).hasSize(1);
    assertThat(json.json().path("memories").get(0).path("content").asText())
        .isEqualTo("User moved to Lisbon with Maria Santos");

    Run none = engram("entities", "memories", "--user", user, "Atlantis", "--json");
    assertThat(none.code()).isZero();
    assertThat(none.json().path("memories")).isEmpty();

    Run badKind = engram("entities", "list", "--user", user, "--kind", "planet");
    assertThat(badKind.code()).isEqualTo(1);
    assertThat(badKind.err()).contains("(field: kind)");
    Run noUser = engram("entities", "list");
    assertThat(noUser.code()).isEqualTo(2);
    assertThat(noUser.err()).contains("Missing required option");
  }

  @Test
  void importOfAMissingFileExitsWithAClearError() throws Exception {
    Path missing = userHome.resolve("no-such-export.ndjson");
    Run run = engram("import", missing.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("cannot read " + missing);
  }

  @Test
  void exportsAndImportsIntoAnotherApp() throws Exception {
    engram("memory", "add", "User restores old clocks", "--user", unique("export"));
    Path file = userHome.resolve("export.ndjson");
    Run exported = engram("export", "--output", file.toString());
    assertThat(exported.code()).isZero();
    assertThat(Files.readAllLines(file)).isNotEmpty();
    assertThat(engram("export").out()).contains("User restores old clocks");

    Map<String, String> other = Map.of("ENGRAM_URL", url(), "ENGRAM_API_KEY", otherAppKey);
    Run imported = engram(other, "", "import", file.toString());
    assertThat(imported.code()).isZero();
    assertThat(imported.out()).containsPattern("[1-9]\\d* imported, 0 skipped, 0 failed");
    Run again = engram(other, "", "import", file.toString(), "--json");
    assertThat(again.json().path("imported").asInt()).isZero();
  }

  @Test
  void healthInfoAndCompletionDescribeTheSetup() {
    Run health = engram(Map.of("ENGRAM_URL", url()), "", "health");
    assertThat(health.code()).isZero();
    assertThat(health.out()).startsWith("UP ");

    Run info = engram("info", "--json");
    assertThat(info.code()).isZero();
    assertThat(info.json().path("app").asText()).startsWith("cli-app");
    assertThat(info.json().path("url_from").asText()).isEqualTo("ENGRAM_URL");
    assertThat(info.json().path("scopes").asText()).contains("memories:write");

    Run completion = engram("completion");
    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete -F").contains("memory").contains("daemon");
  }

  @Test
  void aProfileFileConfiguresTheUrlAndKey() throws Exception {
    Path config = userHome.resolve(".engram/cli.properties");
    Files.createDirectories(config.getParent());
    Files.writeString(
        config,
        "url=http://127.0.0.1:1\napi_key=eng_wrong\nstaging.url="
            + url()
            + "\nstaging.api_key="
            + key
            + "\n");
    try {
      Run info = engram(Map.of("ENGRAM_PROFILE", "staging"), "", "info", "--json");
      assertThat(info.code()).isZero();
      assertThat(info.json().path("url_from").asText()).isEqualTo(config.toString());
      assertThat(info.json().path("app").asText()).startsWith("cli-app");
      // the environment wins over the file
      Run env = engram(Map.of("ENGRAM_URL", url(), "ENGRAM_API_KEY", key), "", "info", "--json");
      assertThat(env.json().path("url_from").asText()).isEqualTo("ENGRAM_URL");
    } finally {
      Files.delete(config);
    }
  }

  @Test
  void exitCodesSayWhatWentWrong() throws Exception {
    Run usage = engram("memory", "add", "text without a user");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("Missing required option");
    assertThat(engram("memory", "frobnicate").code()).isEqualTo(2);
    assertThat(engram().code()).isEqualTo(2);
    Run group = engram("memory");
    assertThat(group.code()).isEqualTo(2);
    assertThat(group.err()).contains("Missing a command").contains("query");

    Run noKey = engram(Map.of("ENGRAM_URL", url()), "", "memory", "get", "x");
    assertThat(noKey.code()).isEqualTo(4);
    assertThat(noKey.err()).contains("no API key");
    Run badKey =
        engram(Map.of("ENGRAM_URL", url(), "ENGRAM_API_KEY", "eng_nope"), "", "memory", "get", "x");
    assertThat(badKey.code()).isEqualTo(4);
    assertThat(badKey.err()).contains("401");

    Run invalid = engram("memory", "add", "x", "--user", "u", "--importance", "42");
    assertThat(invalid.code()).isEqualTo(1);
    assertThat(invalid.err()).contains("(field: importance)").contains("[request ");

    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Run unreachable =
        engram(
            Map.of("ENGRAM_URL", "http://127.0.0.1:" + port, "ENGRAM_API_KEY", key),
            "",
            "health",
            "--retries",
            "0");
    assertThat(unreachable.code()).isEqualTo(5);
    assertThat(unreachable.err()).contains("could not reach Engram");
    assertThat(List.of(usage, noKey, invalid, unreachable))
        .allSatisfy(r -> assertThat(r.out()).isEmpty());
  }
}
