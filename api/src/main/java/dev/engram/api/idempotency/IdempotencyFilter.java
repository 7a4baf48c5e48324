package dev.engram.api.idempotency;

import dev.engram.api.security.AuthAttributes;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Idempotency-Key} on the POSTs that create (memories, agent memories, conversations, apps,
 * keys, organizations, users; on the compatibility surfaces OpenMemory's memory, batch and short
 * store and mem0's v1 and v3 adds, with or without their trailing slash): the first answer is kept
 * per caller (API key or console user) and key, and a request with the same key and the same
 * method, path and body gets it again ({@code Idempotency-Replayed: true}) instead of creating
 * twice; the same key with another body is {@code 409 idempotency_key_reused}, and while the first
 * request still runs {@code 409 idempotency_request_in_progress}. Answers of 5xx and of refusals
 * that did not run the request (401, 403, 429) are not kept, so the client can retry with the same
 * key.
 */
@ServerFilter(
    value = {
      "/v1/memories",
      "/v1/agent-memories",
      "/v1/conversations",
      "/admin/v1/orgs",
      "/admin/v1/orgs/*/apps",
      "/admin/v1/apps/*/keys",
      "/admin/v1/users",
      "/api/v1/memories",
      "/api/v1/memories/batch",
      "/memory/store",
      "/mem0/v1/memories",
      "/mem0/v1/memories/",
      "/mem0/v3/memories/add",
      "/mem0/v3/memories/add/"
    },
    methods = HttpMethod.POST)
final class IdempotencyFilter implements io.micronaut.core.order.Ordered {
  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotency-Replayed";
  private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);
  private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");
  private static final String CLAIM = "engram.idempotency.claim";

  private final IdempotencyStore store;
  private final JsonMapper json;

  IdempotencyFilter(IdempotencyStore store, JsonMapper json) {
    this.store = store;
    this.json = json;
  }

  private record Claim(String scope, String key) {}

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> before(HttpRequest<?> request, @Nullable @Body String body) {
    Optional<String> header = request.getHeaders().get(HEADER, String.class);
    if (header.isEmpty()) {
      return null;
    }
    String key = header.get();
    if (!VALID.matcher(key).matches()) {
      throw TenancyException.invalid(
          HEADER, "must be 1 to 255 visible ASCII characters (a UUID is a good choice)");
    }
    Optional<String> scope = scope(request);
    if (scope.isEmpty()) {
      return null; // not authenticated: the security rules answer
    }
    String fingerprint = fingerprint(request, body);
    Optional<StoredAnswer> stored;
    try {
      stored = store.claim(scope.get(), key, fingerprint);
    } catch (RuntimeException raced) {
      stored = Optional.of(new StoredAnswer(fingerprint, false, 0, null, null, null));
    }
    if (stored.isEmpty()) {
      request.setAttribute(CLAIM, new Claim(scope.get(), key));
      return null;
    }
    StoredAnswer answer = stored.get();
    if (!answer.fingerprint().equals(fingerprint)) {
      throw new TenancyException(
          TenancyErrorCode.IDEMPOTENCY_KEY_REUSED,
          "this Idempotency-Key was used for another request (a different method, path or body);"
              + " use a new key for a new request",
          HEADER);
    }
    if (!answer.done()) {
      throw new TenancyException(
          TenancyErrorCode.IDEMPOTENCY_IN_PROGRESS,
          "a request with this Idempotency-Key is still being processed; retry shortly",
          HEADER);
    }
    MutableHttpResponse<Object> replay =
        HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(answer.status()));
    replay.header(REPLAYED, "true");
    if (answer.location() != null) {
      replay.header(HttpHeaders.LOCATION, answer.location());
    }
    if (answer.body() != null) {
      replay
          .contentType(
              answer.contentType() == null ? MediaType.APPLICATION_JSON : answer.contentType())
          .body(answer.body());
    }
    return replay;
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  void after(HttpRequest<?> request, MutableHttpResponse<?> response) {
    Optional<Claim> claim = request.getAttribute(CLAIM, Claim.class);
    if (claim.isEmpty()) {
      return;
    }
    request.removeAttribute(CLAIM, Claim.class);
    int status = response.code();
    try {
      if (status >= 500 || status == 401 || status == 403 || status == 429) {
        store.release(claim.get().scope(), claim.get().key());
        return;
      }
      store.complete(
          claim.get().scope(),
          claim.get().key(),
          status,
          response.getContentType().map(MediaType::toString).orElse(null),
          response.getHeaders().get(HttpHeaders.LOCATION),
          withoutSecret(request, body(response)));
    } catch (IOException | RuntimeException e) {
      LOG.error("could not keep the answer of an idempotent request; the key is released", e);
      store.release(claim.get().scope(), claim.get().key());
    }
  }

  private @Nullable String body(MutableHttpResponse<?> response) throws IOException {
    Object body = response.getBody().orElse(null);
    if (body == null) {
      return null;
    }
    if (body instanceof CharSequence text) {
      return text.toString();
    }
    return new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
  }

  /**
   * A key's secret is shown once and never stored: the kept answer of a key creation lacks it and
   * says so.
   */
  private @Nullable String withoutSecret(HttpRequest<?> request, @Nullable String body)
      throws IOException {
    if (body == null || !request.getPath().endsWith("/keys")) {
      return body;
    }
    Map<String, Object> answer =
        new LinkedHashMap<>(
            json.readValue(
                body.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class)));
    if (answer.remove("key") != null) {
      answer.put(
          "notice",
          "This answer is a replay (Idempotency-Key): the key's secret was shown only in the first"
              + " answer. Rotate the key if it was lost.");
    }
    return new String(json.writeValueAsBytes(answer), StandardCharsets.UTF_8);
  }

  private static Optional<String> scope(HttpRequest<?> request) {
    return request
        .getUserPrincipal(Authentication.class)
        .map(
            a ->
                (AuthAttributes.API_KEY.equals(a.getAttributes().get(AuthAttributes.AUTH_TYPE))
                        ? "key:"
                        : "user:")
                    + a.getName());
  }

  private static String fingerprint(HttpRequest<?> request, @Nullable String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(
          (request.getMethodName() + " " + request.getPath() + "\n")
              .getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        sha.update(body.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  @Override
  public int getOrder() {
    // after security and the rate limits: a refused request claims no key
    return ServerFilterPhase.SECURITY.after() + 20;
  }
}
