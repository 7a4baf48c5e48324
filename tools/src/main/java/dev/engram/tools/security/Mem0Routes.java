package dev.engram.tools.security;

import static dev.engram.tools.security.RouteTable.k;

import java.util.List;

/** The mem0 compatibility surface's lines of {@link RouteTable} ({@code /mem0}, API key). */
final class Mem0Routes {
  private static final String USER = "{'user_id':'${callerId}'}";

  private Mem0Routes() {}

  static void add(List<RouteCase.Builder> b) {
    b.add(k("GET", "/mem0/v1/ping"));
    b.add(k("GET", "/mem0/v1/event/{eventId}"));
    b.add(k("GET", "/mem0/v1/entities"));
    b.add(k("DELETE", "/mem0/v1/entities/{entityType}/{entityId}").noControl());
    b.add(k("DELETE", "/mem0/v2/entities/{entityType}/{entityId}").noControl());
    b.add(
        k("POST", "/mem0/v1/feedback")
            .body("{'memory_id':'${memoryId}','feedback':'POSITIVE'}")
            .lenient());
    b.add(
        k("POST", "/mem0/v1/memories")
            .body("{'user_id':'${callerId}','infer':false,'messages':'likes jazz'}")
            .lenient());
    b.add(k("GET", "/mem0/v1/memories").query("user_id=${callerId}"));
    b.add(k("DELETE", "/mem0/v1/memories").query("user_id=${callerId}").noControl());
    b.add(k("GET", "/mem0/v1/memories/{memoryId}"));
    b.add(k("PUT", "/mem0/v1/memories/{memoryId}").body("{'text':'likes green tea'}").lenient());
    b.add(k("DELETE", "/mem0/v1/memories/{memoryId}").noControl());
    b.add(k("GET", "/mem0/v1/memories/{memoryId}/history"));
    b.add(
        k("POST", "/mem0/v1/memories/search")
            .body("{'query':'tea','user_id':'${callerId}'}")
            .lenient());
    for (String path : List.of("/mem0/v2/memories/search", "/mem0/v3/memories/search")) {
      b.add(k("POST", path).body("{'query':'tea','filters':" + USER + "}").lenient());
    }
    for (String path : List.of("/mem0/v2/memories", "/mem0/v3/memories")) {
      b.add(k("POST", path).body("{'filters':" + USER + "}").lenient());
    }
    b.add(
        k("POST", "/mem0/v3/memories/add")
            .body("{'user_id':'${callerId}','messages':[{'role':'user','content':'I like tea'}]}")
            .lenient());
  }
}
