package dev.engram.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI document generated at compile time ({@code META-INF/swagger/engram.yml}, served at
 * {@code /openapi/engram.yml}) is complete enough to generate clients from: every route of the
 * application's router has an operation, every operation has a typed success response and the error
 * schema, and every operation that is not public names its security.
 */
@MicronautTest(transactional = false)
class OpenApiDocumentIT extends ApiTestSupport {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /**
   * Operations whose success answers may still be untyped JSON: mem0's Platform API answers what
   * mem0's clients expect, and these answers' shape depends on the flags of the call (a list, a
   * page, {@code {results}}, a queued event). Shrink this list when they get schemas; never grow
   * it.
   */
  private static final Set<String> UNTYPED_ALLOWED =
      Set.of(
          "POST /mem0/v1/memories",
          "GET /mem0/v1/memories",
          "POST /mem0/v1/memories/search",
          "POST /mem0/v2/memories/search",
          "POST /mem0/v2/memories",
          "POST /mem0/v3/memories/add",
          "GET /mem0/v1/event/{eventId}");

  /**
   * What a readable operationId looks like: camelCase words, at least two (a verb and what it acts
   * on: {@code listMemories}, {@code mem0SearchMemoriesV2}), no {@code _1} suffix of a name that
   * micronaut-openapi took from a Java method and found taken.
   */
  private static final Pattern READABLE_ID = Pattern.compile("[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+");

  /** The main operations of the native API: their answers carry an example. */
  private static final Set<String> EXAMPLE_REQUIRED =
      Set.of(
          "createMemory",
          "listMemories",
          "getMemory",
          "searchMemories",
          "addConversation",
          "getTask",
          "answerQuery");

  @Inject Router router;
  private Map<String, Object> document;

  @BeforeAll
  void readDocument() throws IOException {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(ServedDocument.RESOURCE)) {
      assertThat(in).as("the generated OpenAPI document on the classpath").isNotNull();
      document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
  }

  @Test
  void everyRouteOfTheApplicationHasAnOperation() {
    List<String> missing = new ArrayList<>();
    int routes = 0;
    for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
      if (!documented(route)) {
        continue;
      }
      routes++;
      String path = path(route);
      String method = route.getHttpMethodName().toLowerCase(Locale.ROOT);
      Map<String, Object> item = map(paths().get(path));
      if (item == null || !item.containsKey(method)) {
        missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
      }
    }
    assertThat(routes).as("routes of the application").isGreaterThan(150);
    assertThat(missing).as("routes without an operation in the OpenAPI document").isEmpty();
  }

  @Test
  void everyOperationHasATypedSuccessResponseAndTheErrorSchema() {
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          Map<String, Object> responses = map(operation.get("responses"));
          List<String> success =
              responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
          if (success.isEmpty()) {
            problems.add(name + ": no success response");
          }
          for (String code : success) {
            if (code.equals("204")) {
              continue;
            }
            Map<String, Object> content = map(map(responses.get(code)).get("content"));
            if (content == null || content.isEmpty()) {
              problems.add(name + " " + code + ": no content (a body-less answer is 204)");
              continue;
            }
            content.forEach(
                (mediaType, value) -> {
                  Map<String, Object> schema = map(map(value).get("schema"));
                  if (schema == null) {
                    problems.add(name + " " + code + " " + mediaType + ": no schema");
                  } else if ((mediaType.equals("application/json") || mediaType.endsWith("+json"))
                      && untyped(schema)
                      && !UNTYPED_ALLOWED.contains(name)) {
                    problems.add(name + " " + code + " " + mediaType + ": untyped " + schema);
                  }
                });
          }
          for (String code : List.of("4XX", "5XX")) {
            // the error body is JSON; Micronaut lists it under the operation's produced types
            Object content = at(responses, code, "content");
            boolean shaped =
                content instanceof Map<?, ?> types
                    && !types.isEmpty()
                    && types.values().stream()
                        .map(type -> String.valueOf(at(map(type), "schema", "$ref")))
                        .allMatch(
                            ref ->
                                ref.endsWith("/ApiError.Body") || ref.endsWith("/OpenMemoryError"));
            if (!shaped) {
              problems.add(name + ": no " + code + " response with the error schema");
            }
          }
        });
    assertThat(problems).as("operations without typed responses").isEmpty();
  }

  @Test
  void everyOperationThatIsNotPublicNamesItsSecurity() {
    Map<String, Object> schemes = map(map(document.get("components")).get("securitySchemes"));
    assertThat(schemes).containsKeys("apiKey", "bearer", "consoleToken", "mem0Token");
    assertThat(document.get("security")).as("no global default: each operation says").isNull();

    Set<String> publicOperations = publicOperations();
    assertThat(publicOperations)
        .contains("POST /admin/v1/login", "GET /admin/v1/auth/config", "GET /api/v1/health");

    List<String> problems = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> security =
              (List<Map<String, Object>>) operation.get("security");
          boolean open = publicOperations.contains(name);
          // a public operation may still say how its caller signs the request (ElevenLabs' HMAC)
          if (open
              && security != null
              && !security.stream()
                  .allMatch(r -> r.keySet().equals(Set.of("elevenLabsSignature")))) {
            problems.add(name + ": public, but the document asks for " + security);
          }
          if (!open && (security == null || security.isEmpty())) {
            problems.add(name + ": needs credentials, but the document names no security");
          }
          if (security != null) {
            security.forEach(
                requirement ->
                    requirement.keySet().stream()
                        .filter(scheme -> !schemes.containsKey(scheme))
                        .forEach(scheme -> problems.add(name + ": unknown scheme " + scheme)));
          }
        });
    assertThat(problems).as("operations with wrong security").isEmpty();
  }

  @Test
  void everyOperationIdIsUniqueAndReadable() {
    Map<String, List<String>> byId = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          Object id = operation.get("operationId");
          if (!(id instanceof String operationId) || !READABLE_ID.matcher(operationId).matches()) {
            problems.add(
                name
                    + ": operationId "
                    + id
                    + " is not a readable camelCase verb and noun; name the controller method"
                    + " with @Operation(operationId = \"listThings\")");
          } else {
            byId.computeIfAbsent(operationId, k -> new ArrayList<>()).add(name);
          }
        });
    byId.forEach(
        (id, names) -> {
          if (names.size() > 1) {
            problems.add("operationId " + id + " is used by " + names);
          }
        });
    assertThat(byId).containsKeys("listMemories", "searchMemories", "createMemory", "signIn");
    assertThat(problems).as("operations without a unique, readable operationId").isEmpty();
  }

  @Test
  void theServedDocumentMarksEveryPublicOperationWithAnEmptySecurityList() {
    Http.Response served = http.get("/openapi/engram.yml");
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.header("Content-Type")).startsWith("application/x-yaml");
    Map<String, Object> servedDocument =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(served.body());
    Set<String> publicOperations = publicOperations();
    List<String> problems = new ArrayList<>();
    int open = 0;
    for (var path : map(servedDocument.get("paths")).entrySet()) {
      for (var entry : map(path.getValue()).entrySet()) {
        if (!METHODS.contains(entry.getKey())) {
          continue;
        }
        String name = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
        Object security = map(entry.getValue()).get("security");
        if (!(security instanceof List<?> requirements)) {
          problems.add(name + ": no security list");
        } else if (requirements.isEmpty()) {
          open++;
          if (!publicOperations.contains(name)) {
            problems.add(name + ": security [] but it needs credentials");
          }
        } else if (!requirements.equals(
            at(document, "paths", path.getKey(), entry.getKey(), "security"))) {
          problems.add(name + ": security differs from the generated document");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(open).as("operations anyone may call").isGreaterThanOrEqualTo(3);
    // apart from the security lists, the served document is the generated one
    Map<String, Object> generated = document;
    servedDocument.put("paths", stripEmptySecurity(map(servedDocument.get("paths"))));
    assertThat(servedDocument).isEqualTo(generated);
  }

  @Test
  void theMainOperationsAnswerWithExamplesThatMatchTheirSchemas() {
    Set<String> withExamples = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (name, operation) ->
            map(operation.get("responses"))
                .forEach(
                    (code, response) -> {
                      Map<String, Object> content = map(map(response).get("content"));
                      if (content == null) {
                        return;
                      }
                      content.forEach(
                          (mediaType, value) -> {
                            Map<String, Object> examples = map(map(value).get("examples"));
                            if (examples == null) {
                              return;
                            }
                            withExamples.add(String.valueOf(operation.get("operationId")));
                            examples.forEach(
                                (exampleName, example) -> {
                                  Object parsed = parseJson(map(example).get("value"));
                                  conform(
                                      name + " " + code + " example " + exampleName,
                                      parsed,
                                      map(map(value).get("schema")),
                                      problems);
                                });
                          });
                    }));
    assertThat(withExamples).containsAll(EXAMPLE_REQUIRED);
    assertThat(problems).as("response examples that do not match their schema").isEmpty();
  }

  /** Checks a JSON value against an OpenAPI schema: types, required and unknown properties. */
  private void conform(
      String where, Object value, Map<String, Object> schema, List<String> problems) {
    if (schema == null) {
      return;
    }
    if (schema.get("$ref") instanceof String ref) {
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      conform(where, value, map(at(document, "components", "schemas", name)), problems);
      return;
    }
    if (value == null) {
      if (!Boolean.TRUE.equals(schema.get("nullable"))) {
        problems.add(where + ": null where the schema does not allow it");
      }
      return;
    }
    String type = String.valueOf(schema.get("type"));
    switch (type) {
      case "object" -> {
        if (!(value instanceof Map<?, ?> object)) {
          problems.add(where + ": not an object: " + value);
          return;
        }
        Map<String, Object> properties = map(schema.get("properties"));
        Object required = schema.get("required");
        if (required instanceof List<?> names) {
          names.stream()
              .filter(n -> !object.containsKey(n))
              .forEach(n -> problems.add(where + ": lacks the required " + n));
        }
        if (properties != null) {
          object.forEach(
              (key, item) -> {
                if (!properties.containsKey(key)) {
                  problems.add(where + ": unknown property " + key);
                } else {
                  conform(where + "." + key, item, map(properties.get(key)), problems);
                }
              });
        }
      }
      case "array" -> {
        if (!(value instanceof List<?> list)) {
          problems.add(where + ": not an array: " + value);
          return;
        }
        for (int i = 0; i < list.size(); i++) {
          conform(where + "[" + i + "]", list.get(i), map(schema.get("items")), problems);
        }
      }
      case "string" -> {
        // YAML reads an unquoted ISO-8601 time of the document as a timestamp
        if (!(value instanceof String || value instanceof java.util.Date)) {
          problems.add(where + ": not a string: " + value);
        }
      }
      case "integer" -> {
        if (!(value instanceof Integer || value instanceof Long)) {
          problems.add(where + ": not an integer: " + value);
        }
      }
      case "number" -> {
        if (!(value instanceof Number)) {
          problems.add(where + ": not a number: " + value);
        }
      }
      case "boolean" -> {
        if (!(value instanceof Boolean)) {
          problems.add(where + ": not a boolean: " + value);
        }
      }
      default -> {
        // no type: anything goes
      }
    }
  }

  /** An example's value: micronaut-openapi writes a JSON example as YAML, or keeps the text. */
  private Object parseJson(Object text) {
    if (!(text instanceof String)) {
      return text;
    }
    try {
      return jsonMapper.readValue(String.valueOf(text), Object.class);
    } catch (IOException e) {
      throw new AssertionError("an example is not JSON: " + text, e);
    }
  }

  private static Map<String, Object> stripEmptySecurity(Map<String, Object> paths) {
    paths.values().stream()
        .map(OpenApiDocumentIT::map)
        .flatMap(item -> item.values().stream())
        .filter(Map.class::isInstance)
        .map(OpenApiDocumentIT::map)
        .filter(operation -> List.of().equals(operation.get("security")))
        .forEach(operation -> operation.remove("security"));
    return paths;
  }

  private Set<String> publicOperations() {
    Set<String> publicOperations = new TreeSet<>();
    for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
      if (documented(route) && anonymous(route)) {
        publicOperations.add(
            route.getHttpMethodName().toUpperCase(Locale.ROOT) + " " + path(route));
      }
    }
    return publicOperations;
  }

  /** A route of our own controllers that the document should describe. */
  private static boolean documented(UriRouteInfo<?, ?> route) {
    if (!(route instanceof MethodBasedRouteInfo<?, ?> target)
        || !METHODS.contains(route.getHttpMethodName().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Class<?> type = target.getTargetMethod().getDeclaringType();
    if (!type.getName().startsWith("dev.engram.")
        || type.isAnnotationPresent(Endpoint.class)
        || type.isAnnotationPresent(Hidden.class)
        || route.getAnnotationMetadata().hasAnnotation(Hidden.class)) {
      return false;
    }
    // controllers of the tests (e.g. a scope probe) are no part of the API
    String location = type.getProtectionDomain().getCodeSource().getLocation().toString();
    return !location.contains("test-classes");
  }

  private static boolean anonymous(UriRouteInfo<?, ?> route) {
    String[] rules = route.getAnnotationMetadata().stringValues(Secured.class);
    return rules.length == 1 && rules[0].equals(SecurityRule.IS_ANONYMOUS);
  }

  /** The route's path as the document writes it: no query variables, no variable patterns. */
  private static String path(UriRouteInfo<?, ?> route) {
    String template = route.getUriMatchTemplate().toString();
    template = template.replaceAll("\\{[?&][^}]*}", "").replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    template = template.replace("{/", "/{");
    return template.length() > 1 && template.endsWith("/")
        ? template.substring(0, template.length() - 1)
        : template;
  }

  /** A JSON schema that says nothing of the body: an object without properties, or a string. */
  private static boolean untyped(Map<String, Object> schema) {
    if (schema.containsKey("$ref") || schema.containsKey("allOf") || schema.containsKey("oneOf")) {
      return false;
    }
    Object type = schema.get("type");
    if ("array".equals(type)) {
      Map<String, Object> items = map(schema.get("items"));
      return items == null || untyped(items);
    }
    if ("string".equals(type)) {
      return true;
    }
    if ("object".equals(type)) {
      if (schema.containsKey("properties")) {
        return false;
      }
      Object values = schema.get("additionalProperties");
      return !(values instanceof Map<?, ?>) || untyped(map(values));
    }
    return false;
  }

  private Map<String, Object> paths() {
    return map(document.get("paths"));
  }

  private void forEachOperation(BiConsumer<String, Map<String, Object>> check) {
    paths()
        .forEach(
            (path, item) ->
                map(item)
                    .forEach(
                        (method, operation) -> {
                          if (METHODS.contains(method)) {
                            check.accept(
                                method.toUpperCase(Locale.ROOT) + " " + path, map(operation));
                          }
                        }));
  }

  /** The value at a path of nested maps, or null where one is missing. */
  private static Object at(Map<String, Object> root, String... keys) {
    Object current = root;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> m)) {
        return null;
      }
      current = m.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
