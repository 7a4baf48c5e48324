package dev.engram.api.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.engram.memory.llm.LlmCallBudget;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.limit.LlmQuota;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The engines' LLM calls counted against the daily quota of the app's organization ({@code
 * llm_calls_per_day}): every call, whichever thread makes it (request, ingestion job, extraction
 * pass), since the engines carry the app with the call. A call past the quota is refused, and the
 * engine decides by its rules instead.
 */
@Singleton
final class OrgLlmBudget implements LlmCallBudget {
  // looked up when first needed: the apps need the jobs, whose engines need this budget
  private final BeanProvider<Apps> apps;
  private final BeanProvider<LlmQuota> quota;

  /** The organization of each app: it never changes. */
  private final Cache<String, Optional<String>> orgs =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();

  OrgLlmBudget(BeanProvider<Apps> apps, BeanProvider<LlmQuota> quota) {
    this.apps = apps;
    this.quota = quota;
  }

  @Override
  public void take(String appId) {
    Optional<String> org = orgs.get(appId, id -> apps.get().findById(id).map(App::orgId));
    if (org.isEmpty()) {
      orgs.invalidate(appId);
      return; // an app being created or gone: nothing to count against
    }
    quota.get().take(org.get());
  }
}
