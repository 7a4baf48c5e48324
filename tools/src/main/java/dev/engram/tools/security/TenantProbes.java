package dev.engram.tools.security;

import dev.engram.tools.security.SecurityHttp.Reply;
import dev.engram.tools.security.Tenants.Tenant;
import dev.engram.tools.security.Tenants.World;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Part (a) of the suite: every route called by tenant A with tenant B's ids, filters and values,
 * and with missing, forged or wrong-family credentials. A leak is a 2xx for a path naming B's
 * object (or, on webhooks and operator endpoints, any 2xx), or an answer holding one of B's secrets
 * (canary, API key, webhook secret). The owner's own call is made too, so a probe that fails only
 * because the suite called the route wrongly shows up as inconclusive.
 */
final class TenantProbes {
  /** Routes that act only on the caller: nothing of another tenant can be named in them. */
  private static final Set<String> SELF_ONLY = Set.of("POST /admin/v1/logout");

  /** One finding. */
  record Finding(String route, String probe, Reply reply) {
    @Override
    public String toString() {
      return route + " [" + probe + "] -> " + reply;
    }
  }

  private final SecurityHttp http;
  private final World world;
  private final String operatorToken;
  private final ForgedTokens forged;
  private final List<Finding> leaks = new ArrayList<>();
  private final List<Finding> inconclusive = new ArrayList<>();
  private int probes;

  TenantProbes(SecurityHttp http, World world, String operatorToken) {
    this.http = http;
    this.world = world;
    this.operatorToken = operatorToken;
    this.forged = ForgedTokens.of(world.a().adminToken());
  }

  List<Finding> leaks() {
    return leaks;
  }

  List<Finding> inconclusive() {
    return inconclusive;
  }

  int probes() {
    return probes;
  }

  /** Runs every probe of one route ({@code method} may be HEAD for a GET line). */
  void probe(RouteCase c, String method) {
    Tenant a = world.a();
    Tenant b = world.b();
    String route = method + " " + c.template();
    boolean head = method.equals("HEAD");
    switch (c.family()) {
      case KEY -> {
        if (!SELF_ONLY.contains(c.key())) {
          check(
              route,
              "A's key, B's values",
              call(c, method, b, SecurityHttp.bearer(a.apiKey())),
              b,
              c.namesObject());
        }
        for (String[] wrong :
            List.of(
                new String[0],
                SecurityHttp.bearer("eng_not-a-key"),
                SecurityHttp.bearer(a.adminToken()),
                SecurityHttp.bearer(operatorToken))) {
          check(route, "credential " + describe(wrong), call(c, method, a, wrong), b, true);
        }
        control(c, method, route, b, SecurityHttp.bearer(b.apiKey()));
      }
      case CONSOLE -> {
        if (!SELF_ONLY.contains(c.key())) {
          check(
              route,
              "A's admin, B's values",
              call(c, method, b, SecurityHttp.bearer(a.adminToken())),
              b,
              c.namesObject());
          check(
              route,
              "A's viewer, B's values",
              call(c, method, b, SecurityHttp.bearer(a.viewerToken())),
              b,
              c.namesObject());
        }
        for (String[] wrong :
            List.of(
                new String[0],
                SecurityHttp.bearer("not.a.token"),
                SecurityHttp.bearer(a.apiKey()),
                new String[] {"X-API-Key", a.apiKey()},
                SecurityHttp.bearer(operatorToken),
                SecurityHttp.bearer(forged.unsigned()),
                SecurityHttp.bearer(forged.otherKey()))) {
          check(route, "credential " + describe(wrong), call(c, method, a, wrong), b, true);
        }
        control(c, method, route, b, SecurityHttp.bearer(b.adminToken()));
      }
      case WEBHOOK -> {
        String body = c.body(b);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        check(
            route,
            "A's secret, B's app",
            send(c, method, b, bytes, Signatures.header(a.webhookSecret(), bytes)),
            b,
            true);
        check(route, "no signature", send(c, method, b, bytes), b, true);
        if (c.control()) {
          control(c, method, route, b, Signatures.header(b.webhookSecret(), bytes));
        }
      }
      case OPERATOR -> {
        for (String[] wrong :
            List.of(
                new String[0],
                SecurityHttp.bearer(a.adminToken()),
                SecurityHttp.bearer(a.apiKey()),
                SecurityHttp.bearer("wrong-operator-token"))) {
          check(route, "credential " + describe(wrong), call(c, method, a, wrong), b, true);
        }
        control(c, method, route, b, SecurityHttp.bearer(operatorToken));
      }
      case PUBLIC -> {
        Reply r = call(c, method, b, SecurityHttp.bearer(a.adminToken()));
        check(route, "public", r, b, false);
        if (!head && c.template().startsWith("/health") && r.ok() && r.json().size() != 1) {
          leaks.add(new Finding(route, "health details without the operator token", r));
        }
      }
    }
  }

  private Reply call(RouteCase c, String method, Tenant t, String... headers) {
    String body = method.equals("HEAD") ? null : c.body(t);
    return send(c, method, t, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
  }

  private Reply send(RouteCase c, String method, Tenant t, byte[] body, String... headers) {
    probes++;
    return http.send(method, c.path(t), body, c.contentType(), headers);
  }

  private void check(String route, String probe, Reply r, Tenant victim, boolean noSuccess) {
    if (noSuccess && r.ok()) {
      leaks.add(new Finding(route, probe, r));
      return;
    }
    for (String secret : Tenants.secrets(victim)) {
      if (r.body().contains(secret)) {
        leaks.add(
            new Finding(route, probe + " (answer holds B's " + label(secret, victim) + ")", r));
        return;
      }
    }
  }

  private void control(RouteCase c, String method, String route, Tenant owner, String... headers) {
    if (!c.control()) {
      return;
    }
    Reply r = call(c, method, owner, headers);
    if (!r.ok()) {
      inconclusive.add(new Finding(route, "the owner's own call", r));
    }
  }

  private static String label(String secret, Tenant t) {
    return secret.equals(t.canary()) ? "canary" : secret.equals(t.apiKey()) ? "API key" : "secret";
  }

  private static String describe(String[] headers) {
    if (headers.length == 0) {
      return "none";
    }
    String value = headers[1];
    return headers[0] + ": " + (value.length() > 24 ? value.substring(0, 24) + "…" : value);
  }
}
