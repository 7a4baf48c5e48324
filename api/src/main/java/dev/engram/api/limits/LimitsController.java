package dev.engram.api.limits;

import dev.engram.api.console.ConsoleRoles;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.memory.store.StoreUsage;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.limit.LimitChange;
import dev.engram.tenancy.limit.Limits;
import dev.engram.tenancy.limit.LlmQuota;
import dev.engram.tenancy.limit.OrgLimits;
import dev.engram.tenancy.limit.RateLimiter;
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
import java.util.List;

/**
 * Quotas and rate limits in the console API: an organization's limits (defaults from {@code
 * engram.limits.*}, overridden by platform admins), a key's requests per second (set by admins of
 * its organization), and what the organization's apps use.
 */
@ConsoleOperations
@Controller("/admin/v1")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: limits")
final class LimitsController {
  private final Limits limits;
  private final LlmQuota llm;
  private final AppQuotas quotas;
  private final Apps apps;
  private final RateLimiter rateLimiter;

  LimitsController(
      Limits limits, LlmQuota llm, AppQuotas quotas, Apps apps, RateLimiter rateLimiter) {
    this.limits = limits;
    this.llm = llm;
    this.quotas = quotas;
    this.apps = apps;
    this.rateLimiter = rateLimiter;
  }

  /**
   * Limits; in a change, a null (or absent) field goes back to the configured default.
   *
   * @param requestsPerSecond requests per second of all the organization's keys together (of one
   *     key, on a key)
   * @param memoriesPerApp active memories each app may hold
   * @param storageMbPerApp MiB of memory text each app may hold
   * @param llmCallsPerDay LLM calls the engines make for the organization's apps per UTC day
   */
  @Serdeable
  record LimitsBody(
      @Nullable Integer requestsPerSecond,
      @Nullable Long memoriesPerApp,
      @Nullable Long storageMbPerApp,
      @Nullable Long llmCallsPerDay) {
    static LimitsBody of(OrgLimits l) {
      return new LimitsBody(
          l.requestsPerSecond(), l.memoriesPerApp(), l.storageMbPerApp(), l.llmCallsPerDay());
    }

    static LimitsBody of(LimitChange c) {
      return new LimitsBody(
          c.requestsPerSecond(), c.memoriesPerApp(), c.storageMbPerApp(), c.llmCallsPerDay());
    }
  }

  /**
   * @param limits in force
   * @param overrides the organization's own settings (null: the default applies)
   * @param rateLimitBuckets where the token buckets live: {@code redis} (shared) or {@code
   *     in-process}
   */
  @Serdeable
  record OrgLimitsView(LimitsBody limits, LimitsBody overrides, String rateLimitBuckets) {}

  /**
   * @param requestsPerSecond in force for the key
   * @param override the key's own setting (null: the default applies)
   */
  @Serdeable
  record KeyLimitsView(int requestsPerSecond, @Nullable Integer override) {}

  @Serdeable
  record KeyLimitsBody(@Nullable Integer requestsPerSecond) {}

  /**
   * @param memories active memories
   * @param storageBytes bytes of memory text of every stored version
   */
  @Serdeable
  record AppUsageView(
      String appId,
      String name,
      long memories,
      long memoriesPerApp,
      long storageBytes,
      long storageBytesPerApp) {}

  /**
   * @param llmCallsToday LLM-using requests of the organization today (UTC)
   */
  @Serdeable
  record OrgUsageView(
      String orgId, long llmCallsToday, long llmCallsPerDay, List<AppUsageView> apps) {}

  @Get("/orgs/{orgId}/limits")
  @Operation(
      operationId = "getOrgLimits",
      summary = "The organization's quotas and rate limits (any role of it)")
  OrgLimitsView orgLimits(@Parameter(hidden = true) Actor actor, String orgId) {
    LimitChange overrides = limits.orgOverrides(actor, orgId);
    return view(orgId, overrides);
  }

  @Put("/orgs/{orgId}/limits")
  @Operation(
      operationId = "setOrgLimits",
      summary = "Sets the organization's quotas and rate limits (platform admins)")
  OrgLimitsView setOrgLimits(
      @Parameter(hidden = true) Actor actor, String orgId, @Body LimitsBody body) {
    limits.setOrg(
        actor,
        orgId,
        new LimitChange(
            body.requestsPerSecond(),
            body.memoriesPerApp(),
            body.storageMbPerApp(),
            body.llmCallsPerDay()));
    return view(orgId, limits.orgOverrides(actor, orgId));
  }

  @Get("/keys/{keyId}/limits")
  @Operation(
      operationId = "getKeyLimits",
      summary = "The key's requests per second (any role of its organization)")
  KeyLimitsView keyLimits(@Parameter(hidden = true) Actor actor, String keyId) {
    Integer override = limits.keyOverride(actor, keyId).orElse(null);
    return new KeyLimitsView(limits.keyRequestsPerSecond(keyId), override);
  }

  @Put("/keys/{keyId}/limits")
  @Operation(
      operationId = "setKeyLimits",
      summary = "Sets the key's requests per second (admins of its organization)")
  KeyLimitsView setKeyLimits(
      @Parameter(hidden = true) Actor actor, String keyId, @Body KeyLimitsBody body) {
    int inForce = limits.setKey(actor, keyId, body.requestsPerSecond());
    return new KeyLimitsView(inForce, body.requestsPerSecond());
  }

  @Get("/orgs/{orgId}/usage")
  @Operation(
      operationId = "getOrgUsage",
      summary = "What the organization's apps hold and its LLM calls today (any role)")
  OrgUsageView orgUsage(@Parameter(hidden = true) Actor actor, String orgId) {
    List<App> orgApps = apps.list(actor, orgId);
    OrgLimits inForce = limits.forOrg(orgId);
    return new OrgUsageView(
        orgId,
        llm.today(orgId),
        inForce.llmCallsPerDay(),
        orgApps.stream().map(a -> usage(a, inForce)).toList());
  }

  @Get("/apps/{appId}/usage")
  @Operation(
      operationId = "getAppUsage",
      summary = "What the app holds against its limits (any role of its organization)")
  AppUsageView appUsage(@Parameter(hidden = true) Actor actor, String appId) {
    App app = apps.get(actor, appId);
    return usage(app, limits.forOrg(app.orgId()));
  }

  private AppUsageView usage(App app, OrgLimits inForce) {
    StoreUsage used = quotas.usage(app.id());
    return new AppUsageView(
        app.id(),
        app.name(),
        used.activeMemories(),
        inForce.memoriesPerApp(),
        used.bytes(),
        inForce.storageBytesPerApp());
  }

  private OrgLimitsView view(String orgId, LimitChange overrides) {
    return new OrgLimitsView(
        LimitsBody.of(limits.forOrg(orgId)), LimitsBody.of(overrides), rateLimiter.where());
  }
}
