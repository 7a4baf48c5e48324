package dev.engram.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
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
import java.util.TreeSet;
import java.util.function.BiConsumer;
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
   * Paths whose success answers may still be untyped JSON maps: mem0's Platform API answers what
   * mem0's clients expect, and its shape depends on the version and the flags of the call (a list,
   * a page, {@code {results}}, a queued event). Shrink this list when they get schemas; never grow
   * it.
   */
  private static final List<String> UNTYPED_ALLOWED = List.of("/mem0/");

  @Inject Router router;
  private Map<String, Object> document;

  @BeforeAll
  void readDocument() throws IOException {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/swagger/engram.yml")) {
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
                  } else if (mediaType.contains("json")
                      && untyped(schema)
                      && UNTYPED_ALLOWED.stream().noneMatch(name::contains)) {
                    problems.add(name + " " + code + " " + mediaType + ": untyped " + schema);
                  }
                });
          }
          for (String code : List.of("4XX", "5XX")) {
            String ref =
                String.valueOf(
                    at(responses, code, "content", "application/json", "schema", "$ref"));
            if (!(ref.endsWith("/ApiError.Body") || ref.endsWith("/OpenMemoryError"))) {
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

    Set<String> publicOperations = new TreeSet<>();
    for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
      if (documented(route) && anonymous(route)) {
        publicOperations.add(
            route.getHttpMethodName().toUpperCase(Locale.ROOT) + " " + path(route));
      }
    }
    assertThat(publicOperations)
        .contains("POST /admin/v1/login", "GET /admin/v1/auth/config", "GET /api/v1/health");

    List<String> problems = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> security =
              (List<Map<String, Object>>) operation.get("security");
          boolean open = publicOperations.contains(name);
          if (open && security != null && !security.isEmpty()) {
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

  /** A route of our own controllers that the document should describe. */
  private static boolean documented(UriRouteInfo<?, ?> route) {
    if (!(route instanceof MethodBasedRouteInfo<?, ?> target)
        || !METHODS.contains(route.getHttpMethodName().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Class<?> type = target.getTargetMethod().getDeclaringType();
    if (!type.getName().startsWith("dev.engram.")
        || type.isAnnotationPresent(Endpoint.class)
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
