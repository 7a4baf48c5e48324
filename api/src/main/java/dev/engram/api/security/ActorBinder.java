package dev.engram.api.security;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Role;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Lets console controllers take the signed-in {@link Actor} as a parameter. */
@Singleton
final class ActorBinder implements TypedRequestArgumentBinder<Actor> {
  @Override
  public Argument<Actor> argumentType() {
    return Argument.of(Actor.class);
  }

  @Override
  public BindingResult<Actor> bind(
      ArgumentConversionContext<Actor> context, HttpRequest<?> source) {
    Optional<Actor> actor =
        source.getUserPrincipal(Authentication.class).flatMap(ActorBinder::toActor);
    return () -> actor;
  }

  static Optional<Actor> toActor(Authentication authentication) {
    if (AuthAttributes.API_KEY.equals(
        authentication.getAttributes().get(AuthAttributes.AUTH_TYPE))) {
      return Optional.empty();
    }
    Optional<Role> role =
        authentication.getRoles().stream()
            .map(Role::fromValue)
            .flatMap(Optional::stream)
            .findFirst();
    Object tenant = authentication.getAttributes().get(AuthAttributes.TENANT_ID);
    return role.map(
        r ->
            new Actor(
                authentication.getName(),
                r,
                tenant instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty()));
  }
}
