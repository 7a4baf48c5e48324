package dev.engram.api.realtime;

import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.realtime.Tickets;
import dev.engram.tenancy.AppScope;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;

/**
 * Tickets for browsers: WebSocket and EventSource cannot set headers, and an API key in a URL would
 * end up in logs. A ticket stands for the calling key on one connection to the realtime gateway.
 */
@ApiKeyOperations
@Controller("/v1/realtime/tickets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Realtime")
final class TicketController {
  private final Tickets tickets;
  private final RealtimeConfiguration config;
  private final Clock clock;

  TicketController(Tickets tickets, RealtimeConfiguration config, Clock clock) {
    this.tickets = tickets;
    this.config = config;
    this.clock = clock;
  }

  /**
   * A ticket.
   *
   * @param ticket pass it as {@code ?ticket=} to {@code WS /ws} or {@code GET /v1/stream/*}
   * @param expiresAt when it stops working
   * @param expiresIn seconds until then
   * @param realtimePort the gateway's port on this host
   */
  @Serdeable
  record TicketView(String ticket, String expiresAt, long expiresIn, int realtimePort) {}

  @Post
  @Status(HttpStatus.CREATED)
  @Operation(
      operationId = "createRealtimeTicket",
      summary = "A single-use ticket for one realtime connection",
      description =
          "Short-lived (engram.realtime.ticket-ttl, 60 s) and single-use; the connection it opens"
              + " has the calling key's app and scopes, and closes when the key is revoked.")
  TicketView create(@Parameter(hidden = true) AppScope scope) {
    Tickets.Ticket ticket = tickets.issue(scope);
    return new TicketView(
        ticket.ticket(),
        ticket.expiresAt().toString(),
        Math.max(0, Duration.between(clock.instant(), ticket.expiresAt()).toSeconds()),
        config.port());
  }
}
