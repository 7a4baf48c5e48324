package dev.engram.api.analytics;

import dev.engram.analytics.schedule.WebhookGuard;
import dev.engram.memory.callback.CallbackUrls;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;

/**
 * Report webhooks go through the platform's one SSRF guard, the callbacks' {@link CallbackUrls}
 * (its {@code engram.callbacks.allowed-hosts} apply; {@code engram.reports.allow-private-webhooks}
 * turns the guard off for report webhooks only).
 */
@Singleton
final class ReportWebhookGuard implements WebhookGuard {
  private final CallbackUrls urls;

  ReportWebhookGuard(CallbackUrls urls) {
    this.urls = urls;
  }

  @Override
  public Optional<String> refusal(URI url) {
    return urls.recheck(url);
  }
}
