package dev.engram.api.audit;

import dev.engram.api.error.RequestIdFilter;
import dev.engram.api.security.AuthAttributes;
import dev.engram.tenancy.audit.AuditLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records in the audit log the console API requests the security layer itself turned away ({@code
 * 401} without valid credentials, {@code 403} for a role the route does not allow) as {@code
 * access_denied}, capped per address and per minute ({@link DenialBudget}). A request that passed
 * the security layer is recorded by {@link AuditFilter} if at all (a failed sign-in, a refused
 * change), never here.
 */
@ServerFilter("/admin/v1/**")
final class DenialAuditFilter implements io.micronaut.core.order.Ordered {
  static final String DENIED = "access_denied";
  static final String SUPPRESSED = "access_denied.suppressed";
  private static final Logger LOG = LoggerFactory.getLogger(DenialAuditFilter.class);

  private final AuditLog log;
  private final DenialAuditConfiguration config;
  private final DenialBudget budget;

  DenialAuditFilter(AuditLog log, DenialAuditConfiguration config, Clock clock) {
    this.log = log;
    this.config = config;
    this.budget = new DenialBudget(config.perAddress(), config.perMinute(), clock);
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  void after(HttpRequest<?> request, MutableHttpResponse<?> response) {
    int status = response.code();
    if (!config.enabled()
        || (status != 401 && status != 403)
        || AuditFilter.passedSecurity(request)) {
      return;
    }
    String address = address(request);
    try {
      switch (budget.take(address == null ? "-" : address)) {
        case RECORD -> record(request, status, DENIED, "route", route(request), address);
        case SUPPRESS_ADDRESS -> record(request, status, SUPPRESSED, "address", address, address);
        case SUPPRESS_ALL -> record(request, status, SUPPRESSED, "all", null, address);
        case DROP -> {}
      }
    } catch (RuntimeException e) {
      LOG.error("could not record a rejected request in the audit log", e);
    }
  }

  private void record(
      HttpRequest<?> request,
      int status,
      String action,
      String targetType,
      @Nullable String targetId,
      @Nullable String address) {
    Optional<Authentication> auth = request.getUserPrincipal(Authentication.class);
    Map<String, Object> attributes = auth.map(Authentication::getAttributes).orElse(Map.of());
    boolean key = AuthAttributes.API_KEY.equals(attributes.get(AuthAttributes.AUTH_TYPE));
    Object org =
        key ? attributes.get(AuthAttributes.ORG_ID) : attributes.get(AuthAttributes.TENANT_ID);
    log.append(
        new AuditLog.Entry(
            auth.isEmpty() ? "anonymous" : key ? "key" : "user",
            auth.map(Authentication::getName).orElse("-"),
            org instanceof String s && !s.isBlank() ? s : null,
            action,
            targetType,
            targetId,
            address,
            "failure",
            status,
            RequestIdFilter.requestId(request).orElse(null)));
  }

  /** The method and path asked for (clipped by the log to its column). */
  private static String route(HttpRequest<?> request) {
    return request.getMethodName() + " " + request.getPath();
  }

  private static @Nullable String address(HttpRequest<?> request) {
    InetSocketAddress remote = request.getRemoteAddress();
    return remote.getAddress() == null
        ? remote.getHostString()
        : remote.getAddress().getHostAddress();
  }

  @Override
  public int getOrder() {
    // around the security layer: its rejection is the response this filter sees
    return ServerFilterPhase.SECURITY.before();
  }
}
