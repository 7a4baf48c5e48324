package dev.engram.tenancy.audit;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One audited action.
 *
 * @param id the event's id
 * @param at when it was answered
 * @param actorType {@code user} (console), {@code key} (API key) or {@code anonymous}
 * @param actor the username, the key id, or for a failed sign-in the username tried
 * @param orgId the organization the object belongs to, when known
 * @param action what was done, e.g. {@code app.create}, {@code sign_in}, {@code memories.export}
 * @param targetType the kind of object ({@code org}, {@code app}, {@code key}, {@code user}, …)
 * @param targetId the object's id
 * @param address the client's address (TCP peer)
 * @param outcome {@code success}, {@code failure} (the caller's mistake or a refusal) or {@code
 *     error}
 * @param status the HTTP status answered
 * @param requestId the request id, also in the response's {@code X-Request-Id}
 */
@MappedEntity("audit_events")
public record AuditEvent(
    @Id String id,
    Instant at,
    String actorType,
    String actor,
    @Nullable String orgId,
    String action,
    @Nullable String targetType,
    @Nullable String targetId,
    @Nullable String address,
    String outcome,
    int status,
    @Nullable String requestId) {
  public AuditEvent {
    requireNonNull(id, "id is null");
    requireNonNull(at, "at is null");
    requireNonNull(actorType, "actorType is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(action, "action is null");
    requireNonNull(outcome, "outcome is null");
  }
}
