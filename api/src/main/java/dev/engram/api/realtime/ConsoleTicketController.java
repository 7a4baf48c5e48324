package dev.engram.api.realtime;

import dev.engram.api.console.ConsoleRoles;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.realtime.RealtimeGateway;
import dev.engram.realtime.Tickets;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Scope;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;

/**
 * Tickets for the console's live view: a signed-in console user who may read an app gets a
 * single-use ticket for one SSE connection to the gateway, read-only ({@code memories:read}, {@code
 * analytics:read}), and the URL browsers reach the gateway at. An organization's admin (or a
 * platform admin) gets the same for the whole organization: one stream of every app's events.
 */
@ConsoleOperations
@Controller("/admin/v1")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Realtime")
final class ConsoleTicketController {
  /** The key id a console ticket's connection carries: not an API key, never revoked as one. */
  private static final String KEY_PREFIX = "con_";

  private final Apps apps;
  private final Organizations organizations;
  private final Tickets tickets;
  private final GatewayAddress address;
  private final Clock clock;

  ConsoleTicketController(
      Apps apps,
      Organizations organizations,
      Tickets tickets,
      GatewayAddress address,
      Clock clock) {
    this.apps = apps;
    this.organizations = organizations;
    this.tickets = tickets;
    this.address = address;
    this.clock = clock;
  }

  /**
   * A ticket for the console.
   *
   * @param ticket pass it as {@code ?ticket=} to the stream URL; it opens one connection
   * @param expiresAt when it stops working unused
   * @param expiresIn seconds until then
   * @param streamUrl the gateway's SSE URL of the app's events, as browsers reach it
   */
  @Serdeable
  record ConsoleTicketView(String ticket, String expiresAt, long expiresIn, String streamUrl) {}

  @Post("/apps/{appId}/realtime/tickets")
  @Status(HttpStatus.CREATED)
  @Operation(
      operationId = "createConsoleRealtimeTicket",
      summary = "A single-use ticket for the console's live view of an app's events",
      description =
          "Any console role of the app's organization; an app of another organization is 404."
              + " The ticket is read-only (memories:read, analytics:read), short-lived"
              + " (engram.realtime.ticket-ttl) and opens one connection.")
  ConsoleTicketView create(
      @Parameter(hidden = true) Actor actor, String appId, HttpRequest<?> request) {
    App app = apps.get(actor, appId);
    Tickets.Ticket ticket =
        tickets.issue(
            new AppScope(
                app.orgId(),
                app.id(),
                KEY_PREFIX + userHash(actor.username()),
                EnumSet.of(Scope.MEMORIES_READ, Scope.ANALYTICS_READ)));
    return new ConsoleTicketView(
        ticket.ticket(),
        ticket.expiresAt().toString(),
        Math.max(0, Duration.between(clock.instant(), ticket.expiresAt()).toSeconds()),
        address.baseUrl(request) + "/v1/stream/events");
  }

  @Post("/orgs/{orgId}/realtime/tickets")
  @Status(HttpStatus.CREATED)
  @Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN})
  @Operation(
      operationId = "createConsoleOrgRealtimeTicket",
      summary = "A single-use ticket for the console's live view of every app of an organization",
      description =
          "The organization's tenant admins and platform admins; a viewer is 403, another"
              + " organization 404. The stream (GET /v1/stream/events) carries the events of all"
              + " the organization's apps, each with its app_id; the ticket opens no WebSocket and"
              + " no metrics stream.")
  ConsoleTicketView createForOrg(
      @Parameter(hidden = true) Actor actor, String orgId, HttpRequest<?> request) {
    actor.requireWrite(orgId, TenancyErrorCode.ORG_NOT_FOUND, "organization " + orgId);
    String org = organizations.get(actor, orgId).id();
    Tickets.Ticket ticket =
        tickets.issue(
            new AppScope(
                org,
                RealtimeGateway.ORG_WIDE,
                KEY_PREFIX + userHash(actor.username()),
                EnumSet.of(Scope.MEMORIES_READ, Scope.ANALYTICS_READ)));
    return new ConsoleTicketView(
        ticket.ticket(),
        ticket.expiresAt().toString(),
        Math.max(0, Duration.between(clock.instant(), ticket.expiresAt()).toSeconds()),
        address.baseUrl(request) + "/v1/stream/events");
  }

  static boolean isConsoleKey(String keyId) {
    return keyId != null && keyId.startsWith(KEY_PREFIX);
  }

  /** Up to 32 hex characters of the user name's hash: fits the ticket's key id column. */
  private static String userHash(String username) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
