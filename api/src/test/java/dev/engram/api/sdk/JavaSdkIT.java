package dev.engram.api.sdk;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.sdk.AgentMemory;
import dev.engram.sdk.Analytics;
import dev.engram.sdk.AnalyticsAsync;
import dev.engram.sdk.AsyncMemoryBatcher;
import dev.engram.sdk.AuthenticationException;
import dev.engram.sdk.BadRequestException;
import dev.engram.sdk.ConflictException;
import dev.engram.sdk.Engram;
import dev.engram.sdk.EngramAsync;
import dev.engram.sdk.Json;
import dev.engram.sdk.MemoryBatcher;
import dev.engram.sdk.MemoryFilter;
import dev.engram.sdk.MemoryUpdate;
import dev.engram.sdk.NewMemory;
import dev.engram.sdk.NotFoundException;
import dev.engram.sdk.PermissionDeniedException;
import dev.engram.sdk.SearchQuery;
import dev.engram.sdk.Tools;
import dev.engram.sdk.ToolsAsync;
import dev.engram.sdk.model.AddResult;
import dev.engram.sdk.model.AgentMemories;
import dev.engram.sdk.model.Answer;
import dev.engram.sdk.model.Buffered;
import dev.engram.sdk.model.Entities;
import dev.engram.sdk.model.Entity;
import dev.engram.sdk.model.EntityMemories;
import dev.engram.sdk.model.EvolutionChain;
import dev.engram.sdk.model.EvolutionReport;
import dev.engram.sdk.model.ImportResult;
import dev.engram.sdk.model.Memory;
import dev.engram.sdk.model.MemoryEvent;
import dev.engram.sdk.model.Message;
import dev.engram.sdk.model.Profile;
import dev.engram.sdk.model.Queued;
import dev.engram.sdk.model.SearchHit;
import dev.engram.sdk.model.Summary;
import dev.engram.sdk.model.SummaryResult;
import dev.engram.sdk.model.Task;
import dev.engram.sdk.model.ToolComparison;
import dev.engram.sdk.model.ToolConfig;
import dev.engram.sdk.model.ToolMetrics;
import dev.engram.sdk.model.ToolSession;
import dev.engram.sdk.model.WhoAmI;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java SDK ({@code sdk-java}) against this Engram: every family of calls, the typed errors the
 * real API produces, the async variants; then seed 001's customer-support example ({@code
 * examples/java/CustomerSupport.java}) runs as its users would run it, with the JDK's source
 * launcher.
 */
@MicronautTest(transactional = false)
class JavaSdkIT extends ApiTestSupport {
  static final List<String> ALL_SCOPES =
      List.of("memories:read", "memories:write", "analytics:read", "analytics:write", "admin");
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private String rootToken;
  private String appId;
  private String orgId;
  private String key;
  private String readOnlyKey;
  private String otherAppKey;
  private Engram engram;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    rootToken = root;
    String org = createOrg(root, unique("java-sdk-org"));
    String app = createApp(root, org, "java-sdk");
    appId = app;
    orgId = org;
    key = createKeySecret(root, app, ALL_SCOPES);
    readOnlyKey = createKeySecret(root, app, List.of("memories:read"));
    otherAppKey = createKeySecret(root, createApp(root, org, "java-sdk-import"), ALL_SCOPES);
    engram = client(key);
  }

  @AfterAll
  void closeClient() {
    engram.close();
  }

  private Engram client(String apiKey) {
    return Engram.builder(Map.of()).baseUrl(url()).apiKey(apiKey).build();
  }

  private String url() {
    return server.getURI().toString().replaceAll("/$", "");
  }

  private static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Message> conversation(String... turns) {
    List<Message> out = new ArrayList<>();
    for (int i = 0; i < turns.length; i++) {
      out.add(i % 2 == 0 ? Message.user(turns[i]) : Message.assistant(turns[i]));
    }
    return out;
  }

  @Test
  void createsReadsEditsListsAndDeletesMemories() {
    String user = unique("crud");
    AddResult added =
        engram.createMemory(
            NewMemory.of("User prefers green tea").userId(user).tags("drinks").importance(7));
    assertThat(added.results()).extracting(r -> r.action()).containsExactly("add");
    String id = added.ids().get(0);

    Memory memory = engram.getMemory(id);
    assertThat(memory.content()).isEqualTo("User prefers green tea");
    assertThat(memory.userId()).isEqualTo(user);
    assertThat(memory.tags()).containsExactly("drinks");
    assertThat(memory.importance()).isEqualTo(7);
    assertThat(memory.createdAt()).isPresent();

    Memory edited =
        engram.updateMemory(
            id, MemoryUpdate.create().importance(9).expectedVersion(memory.version()));
    assertThat(edited.importance()).isEqualTo(9);
    assertThatThrownBy(
            () ->
                engram.updateMemory(
                    id, MemoryUpdate.create().importance(3).expectedVersion(memory.version())))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.code()).isPresent();
            });

    String nurse = engram.createMemory("User works as a nurse", user).ids().get(0);
    assertThat(engram.relateMemories(id, nurse, "related_to").toId()).isEqualTo(nurse);
    assertThat(engram.relatedMemories(nurse))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.memory().id()).isEqualTo(id);
              assertThat(r.direction()).isEqualTo("incoming");
            });
    assertThat(engram.listMemories(MemoryFilter.user(user)).memories()).hasSize(2);
    List<String> iterated = new ArrayList<>();
    engram.iterateMemories(MemoryFilter.user(user), 1).forEach(m -> iterated.add(m.content()));
    assertThat(iterated)
        .containsExactlyInAnyOrder("User prefers green tea", "User works as a nurse");
    assertThat(engram.memoryEvents(id)).extracting(e -> e.type()).contains("ADD", "UPDATE");

    assertThat(engram.deleteMemory(id, "test").status()).isEqualTo("deleted");
    assertThat(engram.listMemories(MemoryFilter.user(user)).memories()).hasSize(1);
    assertThat(engram.findMemory("no-such-memory")).isEmpty();
    assertThatThrownBy(() -> engram.getMemory("no-such-memory"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.code()).isPresent();
              assertThat(e.requestId()).isPresent();
            });
    assertThat(engram.eraseUser(user)).isPositive();
    assertThat(engram.listMemories(MemoryFilter.user(user)).total()).isZero();
  }

  @Test
  void storesABatchAndReportsTheFieldOfABadOne() {
    String user = unique("batch");
    AddResult batch =
        engram.createMemories(
            user,
            List.of(
                NewMemory.of("User has a dog named Rex"),
                NewMemory.of("User plays the cello"),
                NewMemory.of("User is allergic to peanuts").category("health")));
    assertThat(batch.ids()).hasSize(3);

    assertThatThrownBy(
            () ->
                engram.createMemories(
                    user, List.of(NewMemory.of("fine"), NewMemory.of("bad").importance(42))))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.field()).hasValueSatisfying(f -> assertThat(f).contains("importance"));
              assertThat(e.requestId()).isPresent();
            });
    assertThat(engram.listMemories(MemoryFilter.user(user)).total()).isEqualTo(3);
  }

  @Test
  void searchesAndAnswersFromTheUsersMemories() {
    String user = unique("search");
    engram.createMemory("User prefers window seats on flights", user);
    engram.createMemory("User's favourite colour is teal", user);

    List<SearchHit> hits =
        engram
            .search(SearchQuery.of("where does the user like to sit on a plane").userId(user))
            .results();
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).document()).isEqualTo("User prefers window seats on flights");
    assertThat(engram.queryMemory("favourite colour", user, 1, null))
        .singleElement()
        .satisfies(h -> assertThat(h.memory().content()).contains("teal"));

    Answer answer = engram.answerQuery("Where does the user like to sit?", user, null, 3, null);
    assertThat(answer.engine()).isNotBlank();
    assertThat(answer.memories()).isNotEmpty();
  }

  @Test
  void ingestsConversationsAgentNotesAndBatchedMessages() {
    String user = unique("ingest");
    AgentMemories note =
        engram.addAgentMemory(
            AgentMemory.text(user, "Customer was offered a discount").category("notes"));
    assertThat(note.memories())
        .singleElement()
        .satisfies(m -> assertThat(m.category()).contains("notes"));

    Queued queued =
        engram.addMemory(
            user,
            conversation(
                "Hi there.",
                "Hello! How can I help?",
                "I live in Madrid.",
                "Noted.",
                "I prefer morning deliveries.",
                "Sure.",
                "My dog is called Bolt.",
                "Lovely name.",
                "That is all.",
                "Have a nice day."),
            "s1");
    Task task = engram.waitFor(queued.taskId(), Duration.ofMinutes(2));
    assertThat(task.status()).isEqualTo("succeeded");
    assertThat(task.counts().added()).isPositive();

    try (MemoryBatcher batcher = engram.batcher(user, "s2", 4)) {
      for (int i = 0; i < 5; i++) {
        Optional<Queued> sent = batcher.add(Message.user("Message number " + i + " about tea"));
        assertThat(sent.isPresent()).isEqualTo(i == 3);
      }
      assertThat(batcher.pending()).isEqualTo(1);
      assertThat(batcher.flush()).isPresent();
      assertThat(batcher.queued()).hasSize(2);
      assertThat(batcher.waitAll(Duration.ofMinutes(2)))
          .extracting(Task::status)
          .containsOnly("succeeded");
    }

    Buffered last = null;
    for (int i = 0; i < 10; i++) {
      last =
          engram.memoryBatcherAddMessage(
              user, i % 2 == 0 ? "user" : "assistant", "line " + i, "s3");
    }
    assertThat(last.flushedTaskId()).isPresent();

    SummaryResult summary =
        engram.summarizeConversation(
            user, conversation("I moved to Porto.", "Congratulations!", "Thanks.", "Bye."));
    assertThat(summary)
        .isInstanceOfSatisfying(Summary.class, s -> assertThat(s.content()).isNotBlank());
  }

  @Test
  void drawsAMemorysEvolutionAsChainGraphAndReport() {
    String id = engram.createMemory("User drives a red car", unique("evolution")).ids().get(0);

    EvolutionChain chain = engram.traverseMemoryEvolutionChain(id);
    assertThat(chain.memoryId()).isEqualTo(id);
    assertThat(chain.versions())
        .extracting(v -> v.content())
        .containsExactly("User drives a red car");
    assertThat(engram.generateEvolutionGraph(chain, "mermaid"))
        .startsWith("flowchart TD")
        .contains("red car");
    assertThat(engram.generateEvolutionReport(chain, "markdown"))
        .startsWith("# Evolution report: `" + id + "`");
    EvolutionReport report = engram.evolutionReport(id);
    assertThat(report.current().id()).isEqualTo(id);
  }

  @Test
  void exportsIntoAnotherAppAndRefusesWhatAKeyMayNotDo() throws Exception {
    engram.createMemory("User collects stamps", unique("export"));
    List<JsonNode> lines = engram.exportMemories();
    assertThat(lines).isNotEmpty();
    Path file = Files.createTempFile(home, "export", ".ndjson");
    assertThat(engram.exportTo(file)).isPositive();

    try (Engram other = client(otherAppKey)) {
      ImportResult imported = other.importMemories(file);
      assertThat(imported.imported()).isPositive();
      assertThat(imported.failed()).isZero();
      assertThat(other.importMemories(file).skipped()).isEqualTo(imported.imported());
    }
    try (Engram readOnly = client(readOnlyKey)) {
      assertThatThrownBy(() -> readOnly.createMemory("nope", "u"))
          .isInstanceOfSatisfying(
              PermissionDeniedException.class, e -> assertThat(e.status()).isEqualTo(403));
      assertThatThrownBy(readOnly::exportMemories).isInstanceOf(PermissionDeniedException.class);
    }
    try (Engram wrong = client("eng_not_a_key")) {
      assertThatThrownBy(wrong::whoami)
          .isInstanceOfSatisfying(
              AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
      assertThat(wrong.warmUp()).isFalse();
    }
  }

  @Test
  void keepsProfilesAndReachesAnyRoute() {
    Profile saved = engram.saveProfile("voice-agent", "+351900000000", Map.of("name", "Rita"), 2);
    assertThat(saved.profileData()).containsEntry("name", "Rita");
    assertThat(engram.getProfile("voice-agent", "+351900000000").callerId())
        .isEqualTo("+351900000000");

    WhoAmI me = engram.whoami();
    assertThat(me.app().name()).isEqualTo("java-sdk");
    assertThat(me.scopes()).containsAll(ALL_SCOPES);
    assertThat(engram.request("GET", "/v1/whoami", Map.of(), null).path("key_id").asText())
        .isEqualTo(me.keyId());
    assertThat(engram.health().path("status").asText()).isEqualTo("UP");
    assertThat(engram.warmUp()).isTrue();
    assertThat(engram.analytics().metrics("all", 7).isObject()).isTrue();
    assertThat(engram.getConnectionPoolStats().requestsSent()).isPositive();
  }

  @Test
  void readsLearningMetricsReportsAndTheRawHistoryAndRecordsCustomEvents() {
    String user = unique("analytics");
    Analytics analytics = engram.analytics();
    JsonNode recorded =
        analytics.recordAnalyticsEvents(
            List.of(Map.of("event_type", "checkout_completed", "domain", "shop", "user_id", user)));
    assertThat(recorded.path("ids")).hasSize(1);
    assertThat(analytics.learningMetrics("shop", 7).isObject()).isTrue();
    assertThat(analytics.export(null, "learning", 7)).contains("checkout_completed").contains(user);
    assertThat(analytics.export("csv", "learning", 7)).contains("checkout_completed");
    assertThat(analytics.report("performance", "all", 7).isObject()).isTrue();
    assertThat(new String(analytics.reportFile("performance", "all", "html", 7), UTF_8))
        .containsIgnoringCase("<html");
    assertThat(engram.async().analytics().learningMetrics("shop", 7).join().isObject()).isTrue();
    assertThat(engram.async().analytics().export("json", "learning", 7).join())
        .startsWith("[")
        .contains(user);
  }

  /**
   * operationId -> the method of {@link Engram}, {@link Analytics} or {@link Tools} that calls it
   * (and of {@link EngramAsync}, {@link AnalyticsAsync} or {@link ToolsAsync}, of the same name).
   */
  private static final Map<String, String> OPERATIONS =
      Map.ofEntries(
          Map.entry("addAgentMemory", "Engram#addAgentMemory"),
          Map.entry("addConversation", "Engram#addConversation"),
          Map.entry("answerQuery", "Engram#answer"),
          Map.entry("appendSessionMessages", "Engram#addSessionMessages"),
          Map.entry("createMemory", "Engram#createMemory"),
          Map.entry("createMemoryRelation", "Engram#relateMemories"),
          Map.entry("createRealtimeTicket", "Engram#realtimeTicket"),
          Map.entry("deleteMemory", "Engram#deleteMemory"),
          Map.entry("eraseUserMemories", "Engram#eraseUser"),
          Map.entry("exportAnalytics", "Analytics#export"),
          Map.entry("exportMemories", "Engram#exportMemories"),
          Map.entry("getAnalyticsDashboard", "Analytics#dashboard"),
          Map.entry("getAnalyticsInsights", "Analytics#insights"),
          Map.entry("getAnalyticsMetrics", "Analytics#metrics"),
          Map.entry("getAnalyticsReport", "Analytics#report"),
          Map.entry("getLearningMetrics", "Analytics#learningMetrics"),
          Map.entry("getLearningPatterns", "Analytics#learningPatterns"),
          Map.entry("getLearningRecommendations", "Analytics#learningRecommendations"),
          Map.entry("getLearningTrends", "Analytics#learningTrends"),
          Map.entry("getMemory", "Engram#getMemory"),
          Map.entry("getMemoryChain", "Engram#evolutionChain"),
          Map.entry("getMemoryGraph", "Engram#evolutionGraph"),
          Map.entry("getMemoryReport", "Engram#evolutionReport"),
          Map.entry("getProfile", "Engram#getProfile"),
          Map.entry("getRealtimeAnalytics", "Analytics#realtime"),
          Map.entry("getTask", "Engram#getTask"),
          Map.entry("importMemories", "Engram#importMemories"),
          Map.entry("listEntityMemories", "Engram#entityMemories"),
          Map.entry("listMemories", "Engram#listMemories"),
          Map.entry("listMemoryEvents", "Engram#memoryEvents"),
          Map.entry("listRelatedMemories", "Engram#relatedMemories"),
          Map.entry("listUserEntities", "Engram#entities"),
          Map.entry("queryAnalytics", "Analytics#query"),
          Map.entry("queryLearningHistory", "Analytics#learningHistory"),
          Map.entry("recordAnalyticsEvents", "Analytics#recordAnalyticsEvents"),
          Map.entry("recordLearningEvents", "Analytics#recordLearningEvents"),
          Map.entry("recordLearningFeedback", "Analytics#recordFeedback"),
          Map.entry("saveProfile", "Engram#saveProfile"),
          Map.entry("searchMemories", "Engram#search"),
          Map.entry("summarizeConversation", "Engram#summarizeConversation"),
          Map.entry("updateMemory", "Engram#updateMemory"),
          Map.entry("whoAmI", "Engram#whoami"),
          Map.entry("compareMetrics", "Tools#compare"),
          Map.entry("endToolSession", "Tools#endSession"),
          Map.entry("getCurrentMetrics", "Tools#currentMetrics"),
          Map.entry("getMetricAggregates", "Tools#metricAggregates"),
          Map.entry("getMetricHistory", "Tools#metricsHistory"),
          Map.entry("getToolConfig", "Tools#getConfig"),
          Map.entry("getToolMetrics", "Tools#toolMetrics"),
          Map.entry("getToolSession", "Tools#getSession"),
          Map.entry("listActiveToolSessions", "Tools#activeSessions"),
          Map.entry("setToolConfig", "Tools#setConfig"),
          Map.entry("startToolSession", "Tools#startSession"));

  @Test
  void startsAToolSessionCountsWhatItsToolDoesAndComparesTools() {
    String user = unique("tools");
    String tool = unique("java-tool");
    String other = unique("java-other");
    Tools tools = engram.tools();
    ToolSession session = tools.startSession(tool, user, Map.of("repo", "engram"));
    assertThat(session.sessionId()).startsWith("tses_");
    assertThat(session.toolId()).isEqualTo(tool);
    assertThat(session.active()).isTrue();
    assertThat(session.userId()).contains(user);
    assertThat(session.metadata()).containsEntry("repo", "engram");
    assertThat(session.endedAt()).isEmpty();
    assertThat(tools.activeSessions(tool))
        .extracting(ToolSession::sessionId)
        .contains(session.sessionId());

    try (Engram asTool =
        Engram.builder(Map.of()).baseUrl(url()).apiKey(key).header("X-Engram-Tool", tool).build()) {
      String id = asTool.createMemory("User indents with tabs", user).ids().get(0);
      asTool.search("tabs or spaces", user);
      assertThat(engram.getMemory(id).agentId()).contains(tool);
    }
    assertThat(tools.getSession(session.sessionId()).activity().memoryEvents())
        .containsEntry("ADD", 1L);
    ToolSession ended = tools.endSession(session.sessionId());
    assertThat(ended.status()).isEqualTo("ended");
    assertThat(ended.endedAt()).isPresent();
    assertThat(ended.durationS()).isGreaterThanOrEqualTo(0);
    assertThat(ended.activity().memoryEvents()).containsEntry("ADD", 1L);
    assertThat(tools.activeSessions(tool))
        .extracting(ToolSession::sessionId)
        .doesNotContain(session.sessionId());
    assertThatThrownBy(() -> tools.endSession(session.sessionId()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.status()).isEqualTo(409));

    ToolMetrics metrics = tools.toolMetrics(tool, 24);
    assertThat(metrics.toolId()).isEqualTo(tool);
    assertThat(metrics.hours()).isEqualTo(24);
    assertThat(metrics.memoryEvents()).containsEntry("ADD", 1L);
    assertThat(metrics.searches()).isEqualTo(1);
    assertThat(metrics.activeSessions()).isZero();
    assertThat(metrics.accuracy()).isEmpty();
    tools.startSession(other);
    ToolComparison compared = tools.compare(List.of(tool, other), 24);
    assertThat(compared.tools()).containsOnlyKeys(tool, other);
    assertThat(compared.tools().get(tool).searches()).isEqualTo(1);
    assertThat(compared.tools().get(other).searches()).isZero();
    assertThat(compared.tools().get(other).activeSessions()).isEqualTo(1);

    var current = tools.currentMetrics();
    assertThat(current.activeSessions()).isPositive();
    assertThat(current.eventsThisHour()).isPositive();
    assertThat(current.at()).isNotNull();
    var history = tools.metricsHistory(3);
    assertThat(history.hours()).isEqualTo(3);
    assertThat(history.points()).flatExtracting(p -> List.copyOf(p.events().values())).isNotEmpty();
    var aggregates = tools.metricAggregates(3);
    assertThat(aggregates.hours()).isEqualTo(3);
    assertThat(aggregates.events()).isPositive();
    assertThat(aggregates.byKind()).isNotEmpty();
  }

  @Test
  void keepsAToolsVersionedConfigurationSyncAndAsync() {
    String tool = unique("java-cfg");
    assertThatThrownBy(() -> engram.tools().getConfig(tool))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.code()).contains("tool_not_found");
              assertThat(e.field()).contains("tool_id");
            });
    // a tool is known by a session, a configuration or events; the first configuration needs one
    assertThatThrownBy(() -> engram.tools().setConfig(tool, Map.of("max_tokens", 1)))
        .isInstanceOf(NotFoundException.class);
    ToolsAsync tools = engram.async().tools();
    ToolSession started = tools.startSession(tool, null, null).join();
    ToolConfig empty = engram.tools().getConfig(tool);
    assertThat(empty.config()).isEmpty();
    assertThat(empty.version()).isZero();
    assertThat(empty.updatedAt()).isEmpty();
    ToolConfig first = engram.tools().setConfig(tool, Map.of("max_tokens", 4000));
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.updatedAt()).isPresent();
    ToolConfig second = engram.async().tools().setConfig(tool, Map.of("max_tokens", 8000)).join();
    assertThat(second.version()).isEqualTo(2);
    ToolConfig read = engram.async().tools().getConfig(tool).join();
    assertThat(read.config()).isEqualTo(Map.of("max_tokens", 8000));
    assertThat(read.version()).isEqualTo(2);
    assertThatThrownBy(() -> engram.tools().toolMetrics(tool, 0))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.field()).contains("hours"));

    assertThat(tools.activeSessions(tool).join())
        .extracting(ToolSession::sessionId)
        .containsExactly(started.sessionId());
    assertThat(tools.getSession(started.sessionId()).join().active()).isTrue();
    assertThat(tools.endSession(started.sessionId()).join().status()).isEqualTo("ended");
    assertThat(tools.toolMetrics(tool, null).join().hours()).isEqualTo(24);
    String other = tools.startSession(unique("java-cfg-other")).join().toolId();
    assertThat(tools.compare(List.of(tool, other), null).join().tools())
        .containsOnlyKeys(tool, other);
    assertThat(tools.currentMetrics().join().at()).isNotNull();
    assertThat(tools.metricsHistory(null).join().hours()).isEqualTo(24);
    assertThat(tools.metricAggregates(null).join().hours()).isEqualTo(24);
  }

  @Test
  void everyNativeOperationOfTheServedDocumentIsAMethod() {
    Http.Response document = http.get("/openapi/engram.yml");
    assertThat(document.status()).isEqualTo(200);
    Set<String> served = new TreeSet<>();
    String path = null;
    String method = null;
    for (String line : document.body().split("\n")) {
      java.util.regex.Matcher m;
      if ((m = Pattern.compile("^  (/\\S*):$").matcher(line)).matches()) {
        path = m.group(1);
        method = null;
      } else if ((m = Pattern.compile("^    (get|post|put|patch|delete):$").matcher(line))
          .matches()) {
        method = m.group(1);
      } else if ((m = Pattern.compile("^      operationId: (\\w+)$").matcher(line)).matches()
          && path != null
          && method != null) {
        if (path.startsWith("/v1/")) {
          served.add(m.group(1));
        }
      } else if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
        path = null;
        method = null;
      }
    }
    assertThat(served).hasSizeGreaterThan(40);
    assertThat(served)
        .as("native operations, each a method of a client")
        .isEqualTo(new TreeSet<>(OPERATIONS.keySet()));
    OPERATIONS.forEach(
        (op, target) -> {
          String[] parts = target.split("#");
          for (Class<?> type :
              switch (parts[0]) {
                case "Engram" -> List.of(Engram.class, EngramAsync.class);
                case "Analytics" -> List.of(Analytics.class, AnalyticsAsync.class);
                default -> List.<Class<?>>of(Tools.class, ToolsAsync.class);
              }) {
            assertThat(type.getMethods())
                .as("%s: %s.%s", op, type.getSimpleName(), parts[1])
                .extracting(java.lang.reflect.Method::getName)
                .contains(parts[1]);
          }
        });
  }

  @Test
  void theAsyncVariantsCompleteWithTheSameResultsAndErrors() {
    String user = unique("async");
    String id = engram.async().createMemory("User likes jazz", user).join().ids().get(0);
    assertThat(engram.async().getMemory(id).join().content()).isEqualTo("User likes jazz");
    assertThat(engram.async().search("music taste", user).join().results())
        .extracting(h -> h.memory().id())
        .contains(id);
    Queued queued =
        engram
            .async()
            .addConversation(user, conversation("I play the piano.", "Nice!"), null, null, true)
            .join();
    assertThat(engram.async().waitFor(queued.taskId(), Duration.ofMinutes(2)).join().status())
        .isEqualTo("succeeded");
    String other =
        engram.async().createMemory("User plays the saxophone", user).join().ids().get(0);
    assertThat(engram.async().relateMemories(id, other, "related_to").join().toId())
        .isEqualTo(other);
    assertThat(engram.async().relatedMemories(id).join())
        .extracting(r -> r.memory().id())
        .containsExactly(other);
    assertThat(engram.async().memoryEvents(id).join())
        .extracting(MemoryEvent::type)
        .startsWith("ADD");
    assertThat(engram.async().eraseUser(user).join()).isGreaterThanOrEqualTo(2);
    assertThat(engram.async().getMemory("no-such-memory"))
        .failsWithin(Duration.ofSeconds(30))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void theAsyncClientBatchesExportsImportsAndReadsAnalytics() throws Exception {
    String user = unique("async-batch");
    EngramAsync async = engram.async();
    AsyncMemoryBatcher batcher = async.batcher(user, null, 2);
    assertThat(batcher.add(Message.user("I live in Porto."))).isEmpty();
    assertThat(batcher.add(Message.assistant("Noted, Porto."))).isPresent();
    assertThat(batcher.add(Message.user("I prefer tea to coffee."))).isEmpty();
    List<Task> tasks = batcher.flushAndWait(Duration.ofMinutes(2)).join();
    assertThat(tasks).hasSize(2).allSatisfy(t -> assertThat(t.status()).isEqualTo("succeeded"));
    assertThat(engram.listMemories(MemoryFilter.user(user)).memories())
        .extracting(Memory::content)
        .anySatisfy(content -> assertThat(content).contains("Porto"));

    // the export streams to a file (never held whole) and into another app
    Path file = home.resolve(unique("async-export") + ".ndjson");
    long bytes = async.exportTo(file).join();
    assertThat(bytes).isPositive().isEqualTo(Files.size(file));
    assertThat(Files.readString(file)).contains(user);
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    assertThat(engram.exportTo(streamed)).isEqualTo(streamed.size());
    assertThat(streamed.toString(StandardCharsets.UTF_8)).contains(user);
    String target = createApp(rootToken, orgId, unique("java-sdk-async-import"));
    try (Engram other = client(createKeySecret(rootToken, target, ALL_SCOPES))) {
      ImportResult imported = other.async().importMemories(file).join();
      assertThat(imported.imported()).isPositive();
      assertThat(imported.failed()).isZero();
      assertThat(other.listMemories(MemoryFilter.user(user)).memories()).isNotEmpty();
    }
    try (Engram readOnly = client(readOnlyKey)) {
      Path refused = home.resolve(unique("refused") + ".ndjson");
      assertThat(readOnly.async().exportTo(refused))
          .failsWithin(Duration.ofSeconds(30))
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withCauseInstanceOf(PermissionDeniedException.class);
      assertThat(refused).doesNotExist();
    }
    assertThat(async.analytics().metrics("all", 7).join().isObject()).isTrue();
  }

  @Test
  void listsTheEntitiesAUsersMemoriesNameAndTheMemoriesNamingOne() {
    String user = unique("entities");
    engram.createMemory("User moved to Lisbon with Maria Santos", user);
    engram.createMemory("User works at Acme Corp in Lisbon", user);

    Entities all = engram.entities(user);
    assertThat(all.userId()).isEqualTo(user);
    assertThat(all.entities().get(0))
        .as("the most often named first")
        .isEqualTo(new Entity("lisbon", "Lisbon", "place", 2));
    assertThat(all.entities())
        .extracting(Entity::key)
        .contains("maria santos", "acme corp")
        .doesNotHaveDuplicates();
    assertThat(engram.entities(user, "person", 10).entities())
        .extracting(Entity::key, Entity::kind, Entity::memories)
        .containsExactly(tuple("maria santos", "person", 1L));
    assertThat(engram.entities(user, null, 1).entities()).hasSize(1);

    EntityMemories lisbon = engram.entityMemories(user, "Lisbon");
    assertThat(lisbon.entity()).isEqualTo("lisbon");
    assertThat(lisbon.memories())
        .extracting(Memory::content)
        .containsExactlyInAnyOrder(
            "User moved to Lisbon with Maria Santos", "User works at Acme Corp in Lisbon");
    assertThat(engram.entityMemories(user, "maria santos", 1).memories())
        .singleElement()
        .satisfies(m -> assertThat(m.userId()).isEqualTo(user));
    assertThat(engram.entityMemories(user, "Atlantis").memories()).isEmpty();
    assertThatThrownBy(() -> engram.entities(user, "planet", null))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.field()).hasValue("kind"));

    EngramAsync async = engram.async();
    assertThat(async.entities(user).join()).isEqualTo(all);
    assertThat(async.entities(user, "organization", null).join().entities())
        .extracting(Entity::key)
        .containsExactly("acme corp");
    assertThat(async.entityMemories(user, "Acme Corp").join().memories())
        .extracting(Memory::content)
        .containsExactly("User works at Acme Corp in Lisbon");
    assertThat(async.entityMemories(user, "Lisbon", 0))
        .failsWithin(Duration.ofSeconds(30))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(BadRequestException.class);
  }

  /**
   * The async import of a file of several megabytes (1,000 export lines with their embeddings) is
   * streamed from disk by the SDK and lands whole in another app.
   */
  @Test
  void theAsyncImportStreamsALargeFile() throws Exception {
    String user = unique("big-import");
    engram.createMemory("User keeps bees", user);
    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    engram.exportTo(exported);
    JsonNode template =
        exported
            .toString(StandardCharsets.UTF_8)
            .lines()
            .map(JavaSdkIT::tree)
            .filter(line -> line.path("memory").path("user_id").asText().equals(user))
            .findFirst()
            .orElseThrow();
    int lines = 1_000;
    Path file = home.resolve(unique("big-import") + ".ndjson");
    try (var out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < lines; i++) {
        ObjectNode line = template.deepCopy();
        String id = String.format("mem_big%020d", i);
        ObjectNode memory = (ObjectNode) line.path("memory");
        memory.put("id", id).put("content", "User keeps hive number " + i);
        for (JsonNode event : line.path("events")) {
          ((ObjectNode) event).put("id", String.format("evt_big%020d", i)).put("memory_id", id);
        }
        out.write(Json.mapper().writeValueAsString(line));
        out.write('\n');
      }
    }
    assertThat(Files.size(file)).as("a file of megabytes").isGreaterThan(4_000_000L);

    String target = createApp(rootToken, orgId, unique("java-sdk-big-import"));
    try (Engram other = client(createKeySecret(rootToken, target, ALL_SCOPES))) {
      ImportResult imported = other.async().importMemories(file).join();
      assertThat(imported.lines()).isEqualTo(lines);
      assertThat(imported.imported()).isEqualTo(lines);
      assertThat(imported.failed()).isZero();
      assertThat(other.getMemory(String.format("mem_big%020d", lines - 1)).content())
          .isEqualTo("User keeps hive number " + (lines - 1));
      assertThat(other.listMemories(MemoryFilter.user(user).limit(1)).total()).isEqualTo(lines);
      assertThat(other.importMemories(file).skipped()).as("sync, streamed too").isEqualTo(lines);
      assertThat(other.async().importMemories(home.resolve("no-such-file.ndjson")))
          .failsWithin(Duration.ofSeconds(5))
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withCauseInstanceOf(java.io.UncheckedIOException.class);
    }
  }

  /**
   * The voice-agent example ({@code examples/java/VoiceAgent.java}) plays ElevenLabs against this
   * Engram: signed client-data, post-call and search-memory webhooks, the SDK for the rest.
   */
  @Test
  void theVoiceAgentExampleRemembersACallerAcrossCalls() throws Exception {
    String secret = "whsec-" + unique("voice");
    Http.Response configured =
        http.put(
            "/admin/v1/apps/" + appId + "/integrations/elevenlabs",
            "{\"webhook_secret\":\"" + secret + "\",\"default_agent_id\":\"support_agent\"}",
            "Authorization",
            "Bearer " + rootToken);
    assertThat(configured.status()).as(configured.body()).isEqualTo(200);
    String caller = "+35191" + (1_000_000 + new java.util.Random().nextInt(8_999_999));
    String output =
        runExample(
            "VoiceAgent.java",
            Map.of("ENGRAM_APP_ID", appId, "ELEVENLABS_WEBHOOK_SECRET", secret),
            caller);
    assertThat(output)
        .contains("call 1 client-data: returning_caller=false memory_count=0")
        .contains("post-call: accepted, 1 ingestion task(s)")
        .containsPattern("ingestion: task \\S+ succeeded, [1-9]\\d* memories added")
        .contains("post-call again: duplicate")
        .containsPattern("call 2 client-data: returning_caller=true memory_count=[1-9]")
        .containsPattern("first message: .*(Porto|morning)")
        .containsPattern("search-memory: [0-9.]+ .*morning")
        .containsPattern("sdk search: [0-9.]+ .*Porto")
        .endsWith("done\n");
  }

  /** Runs an example of examples/java with the JDK's source launcher and the SDK's class path. */
  private String runExample(String example, Map<String, String> env, String... args)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(java.toString(), "-cp", sdkClassPath(), "examples/java/" + example));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
    builder.environment().put("ENGRAM_URL", url());
    builder.environment().put("ENGRAM_API_KEY", key);
    builder.environment().putAll(env);
    Process process = builder.start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        System.out.println("[example] " + line);
        output.append(line).append('\n');
      }
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
    return output.toString();
  }

  /** What a user puts on the class path: the SDK and Jackson, nothing of the server. */
  static String sdkClassPath() throws Exception {
    List<String> entries = new ArrayList<>();
    for (Class<?> type :
        List.of(
            Engram.class,
            com.fasterxml.jackson.databind.ObjectMapper.class,
            com.fasterxml.jackson.core.JsonFactory.class,
            com.fasterxml.jackson.annotation.JsonInclude.class,
            com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class,
            com.fasterxml.jackson.datatype.jdk8.Jdk8Module.class)) {
      entries.add(
          Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  @Test
  void theCustomerSupportExampleRunsTheSeedWorkflowEndToEnd() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                sdkClassPath(),
                "examples/java/CustomerSupport.java",
                unique("customer"))
            .directory(ROOT.toFile())
            .redirectErrorStream(true);
    builder.environment().put("ENGRAM_URL", url());
    builder.environment().put("ENGRAM_API_KEY", key);
    Process process = builder.start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        System.out.println("[example] " + line);
        output.append(line).append('\n');
      }
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
    assertThat(output.toString())
        .contains("warm_up: ok")
        .containsPattern("batcher: task \\S+ queued after 10 messages")
        .containsPattern("ingestion: task \\S+ succeeded, [1-9]\\d* memories added")
        .contains("search: ")
        .contains("User prefers express shipping")
        .containsPattern("answer \\((rules|llm)\\): ")
        .contains("User lives in Lisbon")
        .containsPattern("ingestion: task \\S+ succeeded, [1-9]\\d* memories updated")
        .contains("evolution: 2 versions: User lives in Lisbon [superseded] -> ")
        .contains("# Evolution report")
        .contains("pool: PoolStats[")
        .endsWith("done\n");
  }
}
