package dev.engram.api.security;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Scope;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lets controllers of {@code /v1} take the caller's {@link AppScope} as a parameter. */
@Singleton
final class AppScopeBinder implements TypedRequestArgumentBinder<AppScope> {
  @Override
  public Argument<AppScope> argumentType() {
    return Argument.of(AppScope.class);
  }

  @Override
  public BindingResult<AppScope> bind(
      ArgumentConversionContext<AppScope> context, HttpRequest<?> source) {
    Optional<AppScope> scope =
        source.getUserPrincipal(Authentication.class).flatMap(AppScopeBinder::toScope);
    return () -> scope;
  }

  static Optional<AppScope> toScope(Authentication authentication) {
    Map<String, Object> attributes = authentication.getAttributes();
    if (!AuthAttributes.API_KEY.equals(attributes.get(AuthAttributes.AUTH_TYPE))) {
      return Optional.empty();
    }
    return Optional.of(
        new AppScope(
            (String) attributes.get(AuthAttributes.ORG_ID),
            (String) attributes.get(AuthAttributes.APP_ID),
            (String) attributes.get(AuthAttributes.KEY_ID),
            authentication.getRoles().stream()
                .map(Scope::fromValue)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet())));
  }
}
