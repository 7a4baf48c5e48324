package dev.engram.tools.security;

import dev.engram.tools.security.BadInputs.Bad;
import dev.engram.tools.security.RouteCase.Family;
import dev.engram.tools.security.SecurityHttp.Reply;
import dev.engram.tools.security.Tenants.Tenant;
import dev.engram.tools.security.Tenants.World;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Part (b) of the suite: bad bodies, bad path values and bad signatures sent by a caller who may
 * use the route (tenant A's key, the platform admin, A's webhook secret), so that validation is
 * what answers. Handled means: a 4xx with the error shape (code and message) and nothing changed;
 * for input a route may accept as data, no 5xx.
 */
final class BadInputProbes {
  private static final Set<String> UNKNOWN_KEY_KINDS = Set.of("unknown key $where", "dotted key");

  private final SecurityHttp http;
  private final World world;
  private final StateFingerprint state;
  private final boolean quick;
  private final List<String> failures = new ArrayList<>();
  private int sent;
  private int handled;

  BadInputProbes(SecurityHttp http, World world, boolean quick) {
    this.http = http;
    this.world = world;
    this.state = new StateFingerprint(http, world);
    this.quick = quick;
  }

  int sent() {
    return sent;
  }

  int handled() {
    return handled;
  }

  List<String> failures() {
    return failures;
  }

  /** Every bad request for one route. */
  void probe(RouteCase c) {
    Tenant a = world.a();
    List<Bad> bads = new ArrayList<>();
    List<Bad> accepted = new ArrayList<>();
    boolean withBody =
        !c.method().equals("GET") && !c.method().equals("DELETE") && c.body() != null;
    if (withBody && c.contentType().equals("application/json")) {
      for (Bad bad : BadInputs.of(c.body(a), c.urlField(), quick)) {
        boolean refuse =
            bad.mustRefuse() && !(c.lenient() && UNKNOWN_KEY_KINDS.contains(bad.kind()));
        (refuse ? bads : accepted).add(new Bad(bad.kind(), bad.body(), refuse));
      }
    } else if (withBody) {
      for (String line : List.of("{\"a\":", "{\"content\":\"a\\u0000b\"}", "[".repeat(50_000))) {
        accepted.add(
            new Bad(
                "bad line " + line.substring(0, Math.min(8, line.length())),
                line.getBytes(StandardCharsets.UTF_8),
                false));
      }
    }
    state.awaitIdle();
    String before = state.take();
    List<String> batch = new ArrayList<>();
    for (Bad bad : bads) {
      batch.add(send(c, c.path(a), bad, headers(c, bad.body())));
    }
    for (String value : c.pathValues()) {
      if (!RouteCase.GLOBAL_IDS.contains(value)) {
        continue;
      }
      for (String id : quick ? BadInputs.BAD_IDS.subList(0, 2) : BadInputs.BAD_IDS) {
        byte[] body = withBody ? c.body(a).getBytes(StandardCharsets.UTF_8) : null;
        Bad bad = new Bad("{" + value + "}=" + id, body, true);
        batch.add(send(c, c.path(a, Map.of(value, id)), bad, headers(c, body)));
      }
    }
    if (c.family() == Family.WEBHOOK) {
      batch.addAll(signatures(c, a));
    }
    for (Bad bad : accepted) {
      if (!bad.mustRefuse() && !c.contentType().equals("application/json")) {
        batch.add(send(c, c.path(a), bad, headers(c, bad.body())));
      }
    }
    String after = state.take();
    if (!before.equals(after)) {
      failures.add(c.key() + ": bad input changed the state (" + batch + ")");
      handled -= batch.stream().filter(s -> s == null).count();
    }
    for (Bad bad : accepted) {
      if (c.contentType().equals("application/json")) {
        send(c, c.path(a), bad, headers(c, bad.body()));
      }
    }
    if (c.family() == Family.WEBHOOK) {
      replay(c, a);
    }
  }

  /** Sends one bad request; null when handled, else what went wrong. */
  private String send(RouteCase c, String path, Bad bad, String[] headers) {
    sent++;
    Reply r = http.send(c.method(), path, bad.body(), c.contentType(), headers);
    String problem = judge(r, bad.mustRefuse());
    if (problem == null) {
      handled++;
      return null;
    }
    failures.add(c.key() + " [" + bad.kind() + "]: " + problem + " -> " + r);
    return bad.kind();
  }

  static String judge(Reply r, boolean mustRefuse) {
    if (r.status() == 0 || r.status() >= 500) {
      return "server error";
    }
    if (r.ok()) {
      return mustRefuse ? "accepted" : null;
    }
    if (r.status() == 429) {
      return "rate limited: the input was never checked";
    }
    if (r.status() < 400) {
      return "unexpected status";
    }
    if (r.text("error.code") == null || r.text("error.message") == null) {
      return "no error shape (error.code, error.message)";
    }
    return null;
  }

  private String[] headers(RouteCase c, byte[] body) {
    return switch (c.family()) {
      case KEY -> SecurityHttp.bearer(world.a().apiKey());
      case CONSOLE -> SecurityHttp.bearer(world.rootToken());
      case WEBHOOK ->
          Signatures.header(world.a().webhookSecret(), body == null ? new byte[0] : body);
      case OPERATOR, PUBLIC -> new String[0];
    };
  }

  /** Missing, malformed, foreign, stale, future and replayed signatures on a good body. */
  private List<String> signatures(RouteCase c, Tenant a) {
    byte[] body = c.body(a).getBytes(StandardCharsets.UTF_8);
    long now = Instant.now().getEpochSecond();
    List<String> out = new ArrayList<>();
    Bad bad = new Bad("signature", body, true);
    String path = c.path(a);
    out.add(send(c, path, named(bad, "no signature"), new String[0]));
    out.add(
        send(
            c,
            path,
            named(bad, "garbage signature"),
            new String[] {Signatures.HEADER, "t=x,v0=zz"}));
    out.add(
        send(
            c,
            path,
            named(bad, "zero signature"),
            new String[] {Signatures.HEADER, "t=" + now + ",v0=" + "0".repeat(64)}));
    out.add(
        send(
            c, path, named(bad, "B's secret"), Signatures.header(world.b().webhookSecret(), body)));
    out.add(
        send(
            c,
            path,
            named(bad, "stale signature"),
            Signatures.at(a.webhookSecret(), body, now - 3600)));
    out.add(
        send(
            c,
            path,
            named(bad, "future signature"),
            Signatures.at(a.webhookSecret(), body, now + 3600)));
    out.add(
        send(
            c,
            path,
            named(bad, "body changed after signing"),
            Signatures.header(a.webhookSecret(), "{}".getBytes(StandardCharsets.UTF_8))));
    return out;
  }

  /** A good call, then the same signature again: the second must be refused. */
  private void replay(RouteCase c, Tenant a) {
    byte[] body = c.body(a).getBytes(StandardCharsets.UTF_8);
    String path = c.path(a);
    String[] good = Signatures.header(a.webhookSecret(), body);
    Reply first = http.send(c.method(), path, body, c.contentType(), good);
    if (!first.ok()) {
      failures.add(c.key() + " [replay]: the first, good call failed -> " + first);
    }
    send(c, path, new Bad("replayed signature", body, true), good);
  }

  private static Bad named(Bad bad, String kind) {
    return new Bad(kind, bad.body(), true);
  }
}
