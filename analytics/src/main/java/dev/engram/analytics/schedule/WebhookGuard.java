package dev.engram.analytics.schedule;

import java.net.URI;
import java.util.Optional;

/**
 * The platform's SSRF guard, as the application wires it: why a webhook URL may not be called (its
 * host is or resolves to a loopback, private or otherwise internal address), if it may not.
 */
@FunctionalInterface
public interface WebhookGuard {
  Optional<String> refusal(URI url);
}
