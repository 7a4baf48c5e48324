package dev.engram.api.compat.elevenlabs;

import dev.engram.api.compat.CompatException;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;

/**
 * An app's ElevenLabs integration in the console API: the webhook secret (never shown again), the
 * first-message template and the default agent. ElevenLabs then calls {@code
 * /webhooks/elevenlabs/{app_id}/client-data}, {@code …/search-memory} and {@code …/post-call}.
 */
@ConsoleOperations
@Controller("/admin/v1/apps/{appId}/integrations/elevenlabs")
@Tag(name = "Compatibility: ElevenLabs")
@Secured({"platform-admin", "tenant-admin", "tenant-viewer"})
final class ElevenLabsAdminController {
  private final Apps apps;
  private final ElevenLabsStore store;
  private final Clock clock;

  ElevenLabsAdminController(Apps apps, ElevenLabsStore store, Clock clock) {
    this.apps = apps;
    this.store = store;
    this.clock = clock;
  }

  /** The settings; {@code webhook_secret} is required (16 to 512 characters). */
  @Serdeable
  record SettingsBody(
      @Nullable String webhookSecret,
      @Nullable String firstMessageTemplate,
      @Nullable String defaultAgentId) {}

  /**
   * The settings as shown: never the secret.
   *
   * @param webhookUrls where to point ElevenLabs, relative to Engram's address
   */
  @Serdeable
  record SettingsView(
      String appId,
      boolean webhookSecretSet,
      String firstMessageTemplate,
      @Nullable String defaultAgentId,
      Instant updatedAt,
      java.util.Map<String, String> webhookUrls) {}

  @Operation(operationId = "setAppElevenLabsIntegration")
  @Put
  @Secured({"platform-admin", "tenant-admin"})
  SettingsView put(@Parameter(hidden = true) Actor actor, String appId, @Body SettingsBody body) {
    App app = apps.get(actor, appId);
    actor.requireWrite(app.orgId(), TenancyErrorCode.APP_NOT_FOUND, "app");
    String secret = body.webhookSecret();
    if (secret == null || secret.isBlank()) {
      throw CompatException.invalid("webhook_secret", "is required");
    }
    if (secret.length() < 16 || secret.length() > 512) {
      throw CompatException.invalid("webhook_secret", "must be 16 to 512 characters");
    }
    if (body.defaultAgentId() != null && body.defaultAgentId().length() > 256) {
      throw CompatException.invalid("default_agent_id", "must be at most 256 characters");
    }
    ElevenLabsSettings settings =
        new ElevenLabsSettings(
            secret, body.firstMessageTemplate(), body.defaultAgentId(), clock.instant());
    store.put(app.id(), settings);
    return view(app.id(), settings);
  }

  @Operation(operationId = "getAppElevenLabsIntegration")
  @Get
  SettingsView get(@Parameter(hidden = true) Actor actor, String appId) {
    App app = apps.get(actor, appId);
    return view(
        app.id(),
        store
            .find(app.id())
            .orElseThrow(
                () ->
                    new CompatException(
                        404,
                        "integration_not_found",
                        "the app has no ElevenLabs integration: PUT one first",
                        null)));
  }

  private static SettingsView view(String appId, ElevenLabsSettings s) {
    String base = "/webhooks/elevenlabs/" + appId;
    return new SettingsView(
        appId,
        true,
        s.template(),
        s.defaultAgentId(),
        s.updatedAt(),
        java.util.Map.of(
            "client_data", base + "/client-data",
            "search_memory", base + "/search-memory",
            "post_call", base + "/post-call"));
  }
}
