package dev.engram.realtime;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.TenancyException;
import io.helidon.http.Headers;
import java.util.Optional;

/**
 * Who opens a connection: an API key in {@code Authorization: Bearer eng_…} or {@code X-API-Key},
 * or a ticket from {@code POST /v1/realtime/tickets} in the {@code ticket} query parameter.
 */
final class Credentials {
  /** Why a connection was refused: HTTP status, machine code and message. */
  record Refusal(int status, String code, String message) {}

  /** The outcome: a scope, or a refusal. */
  record Result(Optional<AppScope> scope, Optional<Refusal> refusal) {
    static Result ok(AppScope scope) {
      return new Result(Optional.of(scope), Optional.empty());
    }

    static Result refused(int status, String code, String message) {
      return new Result(Optional.empty(), Optional.of(new Refusal(status, code, message)));
    }
  }

  private final Authenticator auth;
  private final Tickets tickets;

  Credentials(Authenticator auth, Tickets tickets) {
    this.auth = auth;
    this.tickets = tickets;
  }

  Result resolve(Headers headers, Optional<String> ticket) {
    Optional<String> key = apiKey(headers);
    if (key.isPresent()) {
      try {
        return Result.ok(auth.authenticate(key.get()));
      } catch (TenancyException e) {
        return Result.refused(401, e.code().code(), e.getMessage());
      }
    }
    if (ticket.isPresent()) {
      return tickets
          .redeem(ticket.get())
          .filter(scope -> auth.isActive(scope.keyId()))
          .map(Result::ok)
          .orElseGet(
              () ->
                  Result.refused(
                      401, "invalid_ticket", "the ticket is unknown, expired or already used"));
    }
    return Result.refused(
        401,
        "missing_credentials",
        "send an API key (Authorization: Bearer eng_… or X-API-Key) or a ticket (?ticket=)");
  }

  private static Optional<String> apiKey(Headers headers) {
    Optional<String> apiKey = headers.first(io.helidon.http.HeaderNames.create("X-API-Key"));
    if (apiKey.isPresent() && !apiKey.get().isBlank()) {
      return Optional.of(apiKey.get().strip());
    }
    return headers
        .first(io.helidon.http.HeaderNames.AUTHORIZATION)
        .filter(v -> v.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(v -> v.substring(7).strip());
  }
}
