package dev.engram.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Keeps the two credential families apart: {@code /v1} accepts only API keys, {@code /admin/v1}
 * only console tokens. Scopes and roles are then checked by {@code @Secured} on the controllers.
 */
@Singleton
final class AccessRule implements SecurityRule<HttpRequest<?>> {
  @Override
  public Publisher<SecurityRuleResult> check(
      HttpRequest<?> request, @Nullable Authentication authentication) {
    String path = request.getPath();
    boolean apiKey =
        authentication != null
            && AuthAttributes.API_KEY.equals(
                authentication.getAttributes().get(AuthAttributes.AUTH_TYPE));
    if (ApiKeyPaths.covers(path) && !apiKey) {
      return Publishers.just(SecurityRuleResult.REJECTED);
    }
    if (path.startsWith("/admin/v1/") && apiKey) {
      return Publishers.just(SecurityRuleResult.REJECTED);
    }
    return Publishers.just(SecurityRuleResult.UNKNOWN);
  }

  @Override
  public int getOrder() {
    return SecuredAnnotationRule.ORDER - 100;
  }
}
