package dev.engram.tools.security;

import dev.engram.tools.security.SecurityHttp.Reply;
import dev.engram.tools.security.Tenants.World;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security suite against a running server ({@code ./engram eval security}, and {@code
 * SecuritySuiteIT} in the build): two tenants, then for every route the application lists (its
 * {@code GET /routes}, operator token) the cross-tenant and credential probes of {@link
 * TenantProbes} and the bad input of {@link BadInputProbes}; then the realtime gateway's routes
 * (its own {@code GET /routes}) with {@link GatewayProbes}. A listed route without a line in {@link
 * RouteTable} (or, on the gateway, without probes in {@link GatewayProbes}) is uncovered, and fails
 * the suite.
 */
public final class SecuritySuite {
  private static final Pattern ROUTE = Pattern.compile("^\\{\\[(.+)],method=\\[([A-Z]+)]");

  /**
   * What the suite found.
   *
   * @param leaks probes that reached another tenant's data or passed without a valid credential
   * @param badInputs bad requests sent
   * @param handled bad requests answered as they should be
   * @param routes routes the application lists
   * @param uncovered routes without a line in the table
   * @param inconclusive owner calls that failed (the suite calls that route wrongly)
   * @param failures every leak, mishandled input and inconclusive probe, one line each
   */
  public record Result(
      int leaks,
      int badInputs,
      int handled,
      int routes,
      List<String> uncovered,
      int inconclusive,
      int probes,
      List<String> failures) {
    public String lastLine() {
      return "security_leaks="
          + leaks
          + " bad_inputs="
          + badInputs
          + " handled="
          + handled
          + " routes="
          + routes
          + " uncovered="
          + uncovered.size();
    }

    public boolean passed() {
      return leaks == 0 && handled == badInputs && uncovered.isEmpty() && inconclusive == 0;
    }
  }

  private SecuritySuite() {}

  /**
   * Runs the suite.
   *
   * @param quick fewer variants of each bad input (no huge bodies), for the build's own test
   */
  public static Result run(
      URI base, String adminPassword, String operatorToken, boolean quick, PrintStream progress) {
    SecurityHttp http = new SecurityHttp(base);
    World world = Tenants.create(http, adminPassword);
    List<String[]> routes = routes(http, operatorToken);
    Map<String, RouteCase> cases = RouteTable.cases();
    TenantProbes tenants = new TenantProbes(http, world, operatorToken);
    BadInputProbes bad = new BadInputProbes(http, world, quick);
    List<String> uncovered = new ArrayList<>();
    List<RouteCase> covered = new ArrayList<>();
    for (String[] route : routes) {
      String method = route[0];
      RouteCase c = cases.get((method.equals("HEAD") ? "GET" : method) + " " + route[1]);
      if (c == null) {
        uncovered.add(method + " " + route[1]);
        continue;
      }
      covered.add(c);
      tenants.probe(c, method);
    }
    progress.printf(
        "cross-tenant and credential probes: %d on %d routes%n", tenants.probes(), covered.size());
    // webhooks first (a console call may change the webhook secret), destructive routes last
    covered.sort(
        java.util.Comparator.comparing(
            c -> c.family() == RouteCase.Family.WEBHOOK ? 0 : c.method().equals("DELETE") ? 2 : 1));
    for (Iterator<RouteCase> it = covered.stream().distinct().iterator(); it.hasNext(); ) {
      bad.probe(it.next());
    }
    progress.printf("bad input: %d requests, %d handled%n", bad.sent(), bad.handled());
    GatewayProbes.Result gateway = GatewayProbes.run(http, world, operatorToken);
    progress.printf(
        "realtime gateway: %d routes, %d probes, %d bad requests, %d handled%n",
        gateway.routes(), gateway.probes(), gateway.badInputs(), gateway.handled());
    List<String> failures = new ArrayList<>();
    tenants.leaks().forEach(f -> failures.add("LEAK " + f));
    gateway.leaks().forEach(f -> failures.add("LEAK gateway " + f));
    tenants.inconclusive().forEach(f -> failures.add("INCONCLUSIVE " + f));
    gateway.inconclusive().forEach(f -> failures.add("INCONCLUSIVE gateway " + f));
    bad.failures().forEach(f -> failures.add("BAD INPUT " + f));
    gateway.badInputFailures().forEach(f -> failures.add("BAD INPUT gateway " + f));
    uncovered.forEach(r -> failures.add("UNCOVERED " + r + " (add a line to RouteTable)"));
    gateway.uncovered().forEach(r -> failures.add("UNCOVERED " + r + " (add it to GatewayProbes)"));
    List<String> allUncovered = new ArrayList<>(uncovered);
    allUncovered.addAll(gateway.uncovered());
    return new Result(
        tenants.leaks().size() + gateway.leaks().size(),
        bad.sent() + gateway.badInputs(),
        bad.handled() + gateway.handled(),
        routes.size() + gateway.routes(),
        allUncovered,
        tenants.inconclusive().size() + gateway.inconclusive().size(),
        tenants.probes() + gateway.probes(),
        failures);
  }

  /** Method and template of every route the application lists, sorted. */
  static List<String[]> routes(SecurityHttp http, String operatorToken) {
    Reply r = http.get("/routes", SecurityHttp.bearer(operatorToken));
    if (!r.ok()) {
      throw new IllegalStateException("GET /routes with the operator token answered " + r);
    }
    TreeSet<String> keys = new TreeSet<>();
    r.json().fieldNames().forEachRemaining(keys::add);
    List<String[]> routes = new ArrayList<>();
    for (String key : keys) {
      Matcher m = ROUTE.matcher(key);
      if (!m.find()) {
        throw new IllegalStateException("unexpected route key " + key);
      }
      routes.add(new String[] {m.group(2), m.group(1)});
    }
    return routes;
  }
}
