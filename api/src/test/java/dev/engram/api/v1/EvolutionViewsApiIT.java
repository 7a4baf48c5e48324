package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.api.testing.TemporaryDirectories;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** Evolution chain, graph and report over HTTP. */
@MicronautTest(transactional = false)
class EvolutionViewsApiIT extends ApiTestSupport {
  private static final String NASTY = "User moved to \"Munich\" <b>& Co</b> #1 | `x`";
  private String key;
  private String otherAppKey;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("views-org"));
    key =
        createKeySecret(
            root, createApp(root, org, "views"), List.of("memories:read", "memories:write"));
    otherAppKey =
        createKeySecret(
            root, createApp(root, org, "views-other"), List.of("memories:read", "memories:write"));
  }

  @SuppressWarnings("unchecked")
  private String write(String user, String content) {
    Http.Response response =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", content)),
            Http.bearer(key));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return ((List<Map<String, Object>>) response.at("results")).get(0).get("memory_id").toString();
  }

  /** Berlin → (reinforced) → Munich (nasty content): a chain of two. */
  private List<String> chainOfTwo(String user) {
    String berlin = write(user, "User lives in Berlin");
    write(user, "The user lives in Berlin");
    String munich = write(user, NASTY);
    return List.of(berlin, munich);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theChainIsTheSameFromEveryMemberOldestFirst() {
    List<String> ids = chainOfTwo(unique("chain"));
    for (String start : ids) {
      Http.Response response = http.get("/v1/memories/" + start + "/chain", Http.bearer(key));
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      assertThat(response.text("memory_id")).isEqualTo(start);
      assertThat(response.text("current_id")).isEqualTo(ids.get(1));
      assertThat(response.at("length")).isEqualTo(2);
      assertThat(response.at("truncated")).isEqualTo(false);
      List<Map<String, Object>> versions = (List<Map<String, Object>>) response.at("versions");
      assertThat(versions).extracting(v -> v.get("id")).containsExactlyElementsOf(ids);
      assertThat(versions).extracting(v -> v.get("status")).containsExactly("superseded", "active");
      assertThat(versions.get(0).get("valid_to")).isNotNull();
      assertThat(versions.get(1).get("valid_to")).isNull();
      assertThat(versions.get(1).get("content")).isEqualTo(NASTY);
      Map<String, Object> madeBy = (Map<String, Object>) versions.get(1).get("made_by");
      assertThat(madeBy.get("action")).isEqualTo("UPDATE");
      assertThat(madeBy.get("engine")).isEqualTo("rules");
      assertThat((String) madeBy.get("reason")).isNotBlank();
      assertThat(((Map<String, Object>) versions.get(0).get("made_by")).get("action"))
          .isEqualTo("ADD");
    }
  }

  @Test
  void unknownIdsAndOtherAppsIdsAre404OnEveryView() {
    String id = write(unique("iso"), "User likes green tea");
    for (String view : List.of("chain", "graph", "graph?format=html", "report?format=json")) {
      Http.Response unknown = http.get("/v1/memories/mem_unknown/" + view, Http.bearer(key));
      assertThat(unknown.status()).as(view).isEqualTo(404);
      assertThat(unknown.text("error.code")).isEqualTo("memory_not_found");
      Http.Response other = http.get("/v1/memories/" + id + "/" + view, Http.bearer(otherAppKey));
      assertThat(other.status()).as(view).isEqualTo(404);
    }
    assertThat(http.get("/v1/memories/" + id + "/chain").status()).isEqualTo(401);
  }

  @Test
  void mermaidAndDotGraphsEscapeTheirLabels() {
    List<String> ids = chainOfTwo(unique("graph"));
    Http.Response mermaid = http.get("/v1/memories/" + ids.get(0) + "/graph", Http.bearer(key));
    assertThat(mermaid.status()).isEqualTo(200);
    assertThat(mermaid.header("Content-Type")).startsWith("text/vnd.mermaid");
    assertThat(mermaid.body())
        .startsWith("flowchart TD")
        .contains("v0 -->|\"UPDATE (rules)")
        .contains(
            "User moved to #quot;Munich#quot; #lt;b#gt;#amp; Co#lt;/b#gt; #35;1 #124; #96;x#96;");

    Http.Response dot =
        http.get("/v1/memories/" + ids.get(1) + "/graph?format=dot", Http.bearer(key));
    assertThat(dot.status()).isEqualTo(200);
    assertThat(dot.header("Content-Type")).startsWith("text/vnd.graphviz");
    assertThat(dot.body())
        .startsWith("digraph evolution {")
        .contains("v0 -> v1")
        .contains("User moved to \\\"Munich\\\" <b>& Co</b> #1 | `x`");
  }

  @Test
  void theHtmlGraphIsAWellFormedPageThatLoadsNothing() throws Exception {
    List<String> ids = chainOfTwo(unique("html"));
    Http.Response html =
        http.get("/v1/memories/" + ids.get(0) + "/graph?format=html", Http.bearer(key));
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.header("Content-Type")).startsWith("text/html");

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("link").getLength()).isZero();
    assertThat(doc.getElementsByTagName("img").getLength()).isZero();
    assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(2);
    assertThat(allAttributeValues(doc))
        .noneMatch(v -> v.toLowerCase(Locale.ROOT).contains("http"))
        .noneMatch(v -> v.toLowerCase(Locale.ROOT).startsWith("//"));
    assertThat(text(doc.getElementsByTagName("style"))).doesNotContain("url(", "@import", "http");
    // the nasty content is text, not markup: it reads back exactly
    assertThat(text(doc.getElementsByTagName("td"))).contains(NASTY);
    assertThat(doc.getElementsByTagName("b").getLength()).isZero();
  }

  /**
   * The page opened from a file by a real browser (Debian's headless {@code chromium}) with every
   * host name unresolvable: it renders the SVG and the table with the contents as text. Needs
   * {@code chromium} on the PATH (`.ci/run` installs it); skipped where there is none.
   */
  @Test
  void theHtmlGraphRendersInABrowserWithoutNetwork() throws Exception {
    Optional<Path> chromium =
        Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();
    Assumptions.assumeTrue(chromium.isPresent(), "chromium is not installed");
    List<String> ids = chainOfTwo(unique("browser"));
    Path page = Files.createTempFile("engram-graph-", ".html");
    Path profile = TemporaryDirectories.create("engram-chromium-");
    try {
      Files.writeString(
          page,
          http.get("/v1/memories/" + ids.get(1) + "/graph?format=html", Http.bearer(key)).body());
      Process browser =
          new ProcessBuilder(
                  chromium.get().toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--user-data-dir=" + profile,
                  "--host-resolver-rules=MAP * ~NOTFOUND",
                  "--dump-dom",
                  page.toUri().toString())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(browser.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(dom).contains("<svg").contains("<rect").contains("User lives in Berlin");
      assertThat(dom)
          .as("the nasty content stays text")
          .contains("&lt;b&gt;&amp; Co&lt;/b&gt;")
          .doesNotContain("<b>");
    } finally {
      Files.deleteIfExists(page);
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  @Test
  void unknownFormatsAre400NamingFormat() {
    String id = write(unique("fmt"), "User plays chess");
    for (String path : List.of("graph?format=svg", "report?format=pdf")) {
      Http.Response response = http.get("/v1/memories/" + id + "/" + path, Http.bearer(key));
      assertThat(response.status()).as(path).isEqualTo(400);
      assertThat(response.text("error.field")).isEqualTo("format");
      assertThat(response.text("error.code")).isEqualTo("invalid_field");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theReportInEveryFormatHasTimelineCountsAndCurrentState() {
    List<String> ids = chainOfTwo(unique("report"));
    String start = ids.get(0);

    Http.Response json =
        http.get("/v1/memories/" + start + "/report?format=json", Http.bearer(key));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertThat(json.header("Content-Type")).startsWith("application/json");
    assertThat(json.at("counts.versions")).isEqualTo(2);
    assertThat(json.at("counts.reinforcements")).isEqualTo(1);
    assertThat(json.at("counts.updates")).isEqualTo(1);
    assertThat(json.text("current.id")).isEqualTo(ids.get(1));
    assertThat(json.text("current.status")).isEqualTo("active");
    List<Map<String, Object>> timeline = (List<Map<String, Object>>) json.at("timeline");
    assertThat(timeline)
        .extracting(e -> e.get("type"))
        .containsExactly("ADD", "REINFORCE", "UPDATE", "UPDATE");
    assertThat(timeline).allSatisfy(e -> assertThat(e.get("actor")).isNotNull());
    assertThat(timeline.get(1).get("engine")).isEqualTo("rules");
    assertThat((String) timeline.get(1).get("reason")).startsWith("same statement");

    Http.Response markdown = http.get("/v1/memories/" + start + "/report", Http.bearer(key));
    assertThat(markdown.status()).isEqualTo(200);
    assertThat(markdown.header("Content-Type")).startsWith("text/markdown");
    assertThat(markdown.body())
        .startsWith("# Evolution report: `" + ids.get(1) + "`")
        .contains("## Timeline", "| 2 | 4 | 1 | 1 | 0 | 0 |", "REINFORCE")
        .contains("User moved to \"Munich\" &lt;b&gt;&amp; Co&lt;/b&gt; \\#1 \\| \\`x\\`");

    Http.Response text =
        http.get("/v1/memories/" + ids.get(1) + "/report?format=text", Http.bearer(key));
    assertThat(text.status()).isEqualTo(200);
    assertThat(text.header("Content-Type")).startsWith("text/plain");
    assertThat(text.body())
        .contains("versions=2", "reinforcements=1", "updates=1")
        .contains("Current: active \"" + NASTY + "\"")
        .contains("REINFORCE", "ADD");
  }

  private static List<String> allAttributeValues(Document doc) {
    List<String> values = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = ((Element) all.item(i)).getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        values.add(attributes.item(a).getNodeValue());
      }
    }
    return values;
  }

  private static String text(NodeList nodes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.append(nodes.item(i).getTextContent()).append('\n');
    }
    return out.toString();
  }
}
