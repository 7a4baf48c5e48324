package dev.engram.realtime;

import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway's routes as its operator-only {@code GET /routes} lists them, in the API's format
 * (keys {@code {[/path],method=[GET]}}), so that a tool reading the API's route list (the security
 * suite) reads this one the same way. Every route is added here as it is added to the routing, so
 * the list cannot miss one.
 */
final class RouteList {
  private final Map<String, Map<String, String>> routes = new TreeMap<>();

  /** Records a route and returns its path, for the routing call it is written into. */
  String add(String method, String path, String what) {
    routes.put("{[" + path + "],method=[" + method + "]}", Map.of("handler", what));
    return path;
  }

  Map<String, Map<String, String>> view() {
    return Map.copyOf(routes);
  }
}
