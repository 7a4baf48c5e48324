package dev.engram.sdk;

import static dev.engram.sdk.Calls.get;
import static dev.engram.sdk.Calls.param;
import static dev.engram.sdk.Calls.post;
import static dev.engram.sdk.Calls.seg;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.sdk.model.ImportResult;
import dev.engram.sdk.model.Profile;
import dev.engram.sdk.model.WhoAmI;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Calls beside the memory API: export and import, profiles, analytics, the key, health. */
final class PlatformCalls {
  private static final Set<String> REPEATABLE = Set.of("GET", "HEAD", "PUT", "DELETE");

  private PlatformCalls() {}

  static ApiCall<List<JsonNode>> export() {
    return new ApiCall<>(
        "GET",
        "/v1/export",
        List.of(),
        null,
        Map.of("Accept", "application/x-ndjson"),
        true,
        Readers.ndjson());
  }

  /** The export as NDJSON bytes, for {@link Transport#stream}: never read into memory here. */
  static ApiCall<Void> exportStream() {
    return new ApiCall<>(
        "GET",
        "/v1/export",
        List.of(),
        null,
        Map.of("Accept", "application/x-ndjson"),
        true,
        response -> null);
  }

  /** An import is idempotent by id (lines already present are skipped): safe to repeat. */
  static ApiCall<ImportResult> importNdjson(byte[] ndjson) {
    return new ApiCall<>(
        "POST",
        "/v1/import",
        List.of(),
        ndjson,
        Map.of("Content-Type", "application/x-ndjson"),
        true,
        Readers.json(ImportResult.class));
  }

  /** An import whose body is the file, streamed from disk (the file is not read into memory). */
  static ApiCall<ImportResult> importFile(Path file) {
    requireNonNull(file, "file is null");
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new NoSuchFileException(file.toString()));
    }
    return new ApiCall<>(
        "POST",
        "/v1/import",
        List.of(),
        null,
        file,
        Map.of("Content-Type", "application/x-ndjson"),
        true,
        Readers.json(ImportResult.class));
  }

  static ApiCall<Profile> saveProfile(
      String agentId, String callerId, Map<String, ?> data, Integer ttlHours) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("agent_id", agentId);
    body.put("caller_id", callerId);
    body.put("profile_data", data);
    Calls.putIf(body, "ttl_hours", ttlHours);
    return post("/v1/profiles", body, true, Readers.json(Profile.class));
  }

  static ApiCall<Profile> getProfile(String agentId, String callerId) {
    return get(
        "/v1/profiles/" + seg(agentId) + "/callers/" + seg(callerId), Readers.json(Profile.class));
  }

  static ApiCall<WhoAmI> whoami() {
    return get("/v1/whoami", Readers.json(WhoAmI.class));
  }

  static ApiCall<JsonNode> health() {
    return get("/health", Readers.tree());
  }

  static ApiCall<JsonNode> realtimeTicket() {
    return post("/v1/realtime/tickets", Map.of(), false, Readers.tree());
  }

  static ApiCall<JsonNode> getTree(String path, Map<String, ?> query) {
    return get(path, params(query), Readers.tree());
  }

  static ApiCall<JsonNode> postTree(String path, Object body, boolean safe) {
    return post(path, body, safe, Readers.tree());
  }

  /** Any route: JSON in, JSON (or text) out; repeated on failure only for idempotent methods. */
  static ApiCall<JsonNode> raw(String method, String path, Map<String, ?> query, Object body) {
    String verb = method.toUpperCase(java.util.Locale.ROOT);
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a path starts with '/': " + path);
    }
    return new ApiCall<>(
        verb,
        path,
        params(query),
        body == null ? null : Json.bytes(body),
        Map.of(),
        REPEATABLE.contains(verb),
        Readers.any());
  }

  static List<Map.Entry<String, String>> params(Map<String, ?> query) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (query != null) {
      query.forEach(
          (k, v) -> {
            if (v != null) {
              out.add(param(k, v));
            }
          });
    }
    return out;
  }
}
