package dev.engram.api.identity;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gets tokens from the real Keycloak: by the password grant of the test client {@code engram-it},
 * or by the console's flow: authorization code with PKCE through Keycloak's login page (the HTML
 * form posted as a browser would, cookies kept), then the code exchanged at the token endpoint.
 */
public final class KeycloakLogin {
  public static final String TEST_CLIENT = "engram-it";
  private static final Pattern FORM_ACTION =
      Pattern.compile(
          "<form[^>]*id=\"(kc-form-login|kc-passwd-update-form)\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern FORM_ACTION_FIRST =
      Pattern.compile(
          "<form[^>]*action=\"([^\"]+)\"[^>]*id=\"(kc-form-login|kc-passwd-update-form)\"");

  private final KeycloakServer keycloak;
  private final JsonMapper json;

  public KeycloakLogin(KeycloakServer keycloak, JsonMapper json) {
    this.keycloak = keycloak;
    this.json = json;
  }

  /** The token endpoint's answer (status and JSON) for the password grant. */
  public TokenResponse passwordGrant(String username, String password) {
    return token(
        Map.of(
            "grant_type", "password",
            "client_id", TEST_CLIENT,
            "username", username,
            "password", password,
            "scope", "openid"));
  }

  /** An access token by the password grant, failing the test when refused. */
  public String accessToken(String username, String password) {
    TokenResponse response = passwordGrant(username, password);
    if (response.status() != 200) {
      throw new AssertionError("Keycloak refused " + username + ": " + response.body());
    }
    return response.accessToken();
  }

  /**
   * Signs in as the console does: authorization request with an S256 code challenge, the login form
   * (and the update-password form when the password is temporary), then the code exchanged with
   * {@code verifier}; {@code verifier} empty uses the right one.
   */
  public TokenResponse authorizationCode(
      String clientId,
      String redirectUri,
      String username,
      String password,
      Optional<String> verifier) {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new PlainCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String codeVerifier = randomUrlSafe(48);
    String state = randomUrlSafe(16);
    String authorize =
        keycloak.issuer()
            + "/protocol/openid-connect/auth?"
            + form(
                Map.of(
                    "client_id",
                    clientId,
                    "response_type",
                    "code",
                    "scope",
                    "openid",
                    "redirect_uri",
                    redirectUri,
                    "state",
                    state,
                    "code_challenge",
                    challenge(codeVerifier),
                    "code_challenge_method",
                    "S256"));
    HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET());
    HttpResponse<String> answer =
        send(browser, post(formAction(page), Map.of("username", username, "password", password)));
    if (answer.statusCode() == 200 && answer.body().contains("kc-passwd-update-form")) {
      String fresh = password + "-renewed";
      answer =
          send(
              browser,
              post(formAction(answer), Map.of("password-new", fresh, "password-confirm", fresh)));
    }
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || !location.startsWith(redirectUri.replace("*", ""))) {
      return new TokenResponse(answer.statusCode(), "login page answered: " + answer.body(), json);
    }
    Map<String, String> query = parseQuery(URI.create(location).getRawQuery());
    if (!state.equals(query.get("state"))) {
      throw new AssertionError("state came back changed: " + location);
    }
    return token(
        Map.of(
            "grant_type",
            "authorization_code",
            "client_id",
            clientId,
            "code",
            query.getOrDefault("code", ""),
            "redirect_uri",
            redirectUri,
            "code_verifier",
            verifier.orElse(codeVerifier)));
  }

  /**
   * Keeps every cookie a server sets and sends them all back to it, Secure ones included: Keycloak
   * marks its login cookies Secure, which a browser honours on http://localhost (a secure context)
   * but {@link java.net.CookieManager} never sends over http.
   */
  private static final class PlainCookies extends java.net.CookieHandler {
    private final Map<String, String> cookies = new LinkedHashMap<>();

    @Override
    public synchronized Map<String, java.util.List<String>> get(
        URI uri, Map<String, java.util.List<String>> headers) {
      if (cookies.isEmpty()) {
        return Map.of();
      }
      String header =
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; "));
      return Map.of("Cookie", java.util.List.of(header));
    }

    @Override
    public synchronized void put(URI uri, Map<String, java.util.List<String>> headers) {
      headers.forEach(
          (name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
              for (String value : values) {
                String pair = value.split(";", 2)[0];
                int at = pair.indexOf('=');
                if (at <= 0) {
                  continue;
                }
                String cookie = pair.substring(0, at).strip();
                String content = pair.substring(at + 1).strip();
                if (content.isEmpty()
                    || value.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                  cookies.remove(cookie);
                } else {
                  cookies.put(cookie, content);
                }
              }
            }
          });
    }
  }

  private TokenResponse token(Map<String, String> fields) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response =
        send(client, post(keycloak.issuer() + "/protocol/openid-connect/token", fields));
    return new TokenResponse(response.statusCode(), response.body(), json);
  }

  /** A token endpoint answer. */
  public record TokenResponse(int status, String body, JsonMapper json) {
    public Map<String, Object> map() {
      if (!body.startsWith("{")) {
        throw new AssertionError("not a token endpoint answer (HTTP " + status + "): " + body);
      }
      try {
        return json.readValue(body, Argument.mapOf(String.class, Object.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public String accessToken() {
      return (String) map().get("access_token");
    }

    public String error() {
      return (String) map().get("error");
    }
  }

  private static String formAction(HttpResponse<String> page) {
    Matcher matcher = FORM_ACTION.matcher(page.body());
    if (matcher.find()) {
      return unescape(matcher.group(2));
    }
    Matcher other = FORM_ACTION_FIRST.matcher(page.body());
    if (other.find()) {
      return unescape(other.group(1));
    }
    throw new AssertionError(
        "no login form on the page (HTTP " + page.statusCode() + "): " + page.body());
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#x3d;", "=").replace("&#61;", "=");
  }

  private static HttpRequest.Builder post(String url, Map<String, String> fields) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, String> parseQuery(String query) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int at = pair.indexOf('=');
      if (at > 0) {
        values.put(
            pair.substring(0, at),
            java.net.URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static String randomUrlSafe(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
