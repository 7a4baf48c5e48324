package dev.engram.api.audit;

import dev.engram.api.error.RequestIdFilter;
import dev.engram.api.security.AuthAttributes;
import dev.engram.tenancy.apikey.ApiKeys;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.audit.AuditLog;
import dev.engram.tenancy.user.ConsoleUsers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records audited requests ({@link AuditedRoutes}) once answered: who (console user, key id, or for
 * a sign-in the username tried), what, which object, the organization it belongs to, when, from
 * which address, the outcome and status. The organization is looked up before the request runs, so
 * a deletion is still attributed to it. A failure to record is logged and never changes the answer.
 */
// only where audited routes live, so the hot paths (search, reads) never wait for this filter
@ServerFilter({
  "/admin/v1/**",
  "/v1/export",
  "/v1/import",
  "/v1/memories",
  "/api/v1/export",
  "/api/v1/import"
})
final class AuditFilter implements io.micronaut.core.order.Ordered {
  private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
  private static final String ACTION = "engram.audit.action";
  private static final String ORG = "engram.audit.org";
  private static final String TARGET = "engram.audit.target";
  private static final String PASSED = "engram.audit.passed-security";

  private final AuditLog log;
  private final Apps apps;
  private final ApiKeys keys;
  private final ConsoleUsers users;
  private final JsonMapper json;

  AuditFilter(AuditLog log, Apps apps, ApiKeys keys, ConsoleUsers users, JsonMapper json) {
    this.log = log;
    this.apps = apps;
    this.keys = keys;
    this.users = users;
    this.json = json;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  void before(HttpRequest<?> request) {
    request.setAttribute(PASSED, Boolean.TRUE);
    Optional<UriRouteMatch<?, ?>> match = match(request);
    if (match.isEmpty()) {
      return;
    }
    String template = match.get().getRouteInfo().getUriMatchTemplate().toString();
    Optional<String> action = AuditedRoutes.action(request.getMethodName(), template);
    if (action.isEmpty()) {
      return;
    }
    request.setAttribute(ACTION, action.get());
    Map<String, Object> variables = match.get().getVariableValues();
    List<String> names = new ArrayList<>(variables.keySet());
    for (int i = names.size() - 1; i >= 0; i--) {
      String name = names.get(i);
      Optional<String> type = AuditedRoutes.targetType(name);
      if (type.isPresent()) {
        request.setAttribute(
            TARGET, new String[] {type.get(), String.valueOf(variables.get(name))});
        break;
      }
    }
    orgOf(variables).ifPresent(org -> request.setAttribute(ORG, org));
  }

  /** Whether the request got past the security layer (this filter runs right after it). */
  static boolean passedSecurity(HttpRequest<?> request) {
    return request.getAttribute(PASSED, Boolean.class).orElse(false);
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  void after(HttpRequest<?> request, MutableHttpResponse<?> response) {
    Optional<String> action = request.getAttribute(ACTION, String.class);
    if (action.isEmpty()) {
      return;
    }
    try {
      record(request, response, action.get());
    } catch (RuntimeException e) {
      LOG.error("could not record {} in the audit log", action.get(), e);
    }
  }

  private void record(HttpRequest<?> request, MutableHttpResponse<?> response, String action) {
    Optional<Authentication> auth = request.getUserPrincipal(Authentication.class);
    Map<String, Object> attributes = auth.map(Authentication::getAttributes).orElse(Map.of());
    boolean key = AuthAttributes.API_KEY.equals(attributes.get(AuthAttributes.AUTH_TYPE));
    String actorType = auth.isEmpty() ? "anonymous" : key ? "key" : "user";
    String actor =
        auth.map(Authentication::getName)
            .or(() -> request.getAttribute(AuthAttributes.CLAIMED_ACTOR, String.class))
            .orElse("-");
    String[] target = request.getAttribute(TARGET, String[].class).orElse(null);
    String targetType = target == null ? null : target[0];
    String targetId = target == null ? null : target[1];
    String org = request.getAttribute(ORG, String.class).orElse(null);
    int status = response.code();
    Optional<JsonNode> body = status < 300 ? tree(response) : Optional.empty();
    Optional<String> created = AuditedRoutes.created(action);
    if (created.isPresent() && body.isPresent()) {
      targetType = created.get();
      targetId = text(body.get(), "id").or(() -> nestedId(body.get())).orElse(targetId);
      org = text(body.get(), "org_id").orElse(org);
      if (targetType.equals("org")) {
        org = targetId; // an organization belongs to itself
      }
    }
    if (org == null) {
      org = key ? (String) attributes.get(AuthAttributes.ORG_ID) : tenantOf(attributes);
    }
    if (targetId == null && action.equals("memories.erase_user")) {
      targetType = "end_user";
      targetId = request.getParameters().get("user_id");
    }
    log.append(
        new AuditLog.Entry(
            actorType,
            actor,
            org,
            action,
            targetType,
            targetId,
            address(request),
            status < 400 ? "success" : status < 500 ? "failure" : "error",
            status,
            RequestIdFilter.requestId(request).orElse(null)));
  }

  private Optional<String> orgOf(Map<String, Object> variables) {
    Object org = variables.get("orgId");
    if (org != null) {
      return Optional.of(org.toString());
    }
    Object app = variables.get("appId");
    if (app != null) {
      return apps.findById(app.toString()).map(App::orgId);
    }
    Object key = variables.get("keyId");
    if (key != null) {
      return keys.orgOf(key.toString());
    }
    Object user = variables.get("userId");
    if (user != null) {
      return users.orgOf(user.toString());
    }
    return Optional.empty();
  }

  private static @Nullable String tenantOf(Map<String, Object> attributes) {
    return attributes.get(AuthAttributes.TENANT_ID) instanceof String s && !s.isBlank() ? s : null;
  }

  @SuppressWarnings("unchecked")
  private static Optional<UriRouteMatch<?, ?>> match(HttpRequest<?> request) {
    return RouteAttributes.getRouteMatch(request)
        .filter(UriRouteMatch.class::isInstance)
        .map(m -> (UriRouteMatch<?, ?>) m);
  }

  private Optional<JsonNode> tree(MutableHttpResponse<?> response) {
    Object body = response.getBody().orElse(null);
    if (body == null || body instanceof CharSequence || body instanceof byte[]) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.writeValueToTree(body));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.isObject() ? node.get(field) : null;
    return value != null && value.isString()
        ? Optional.of(value.getStringValue())
        : Optional.empty();
  }

  private static Optional<String> nestedId(JsonNode node) {
    JsonNode key = node.isObject() ? node.get("api_key") : null;
    return key == null ? Optional.empty() : text(key, "id");
  }

  private static @Nullable String address(HttpRequest<?> request) {
    InetSocketAddress remote = request.getRemoteAddress();
    return remote.getAddress() == null
        ? remote.getHostString()
        : remote.getAddress().getHostAddress();
  }

  @Override
  public int getOrder() {
    // after security (the caller is known) and, for the response, before the error renderer
    return ServerFilterPhase.SECURITY.after() + 10;
  }
}
