package dev.engram.api.security;

import dev.engram.tenancy.user.ConsoleUser;
import dev.engram.tenancy.user.ConsoleUsers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Signs console users in with the built-in identity (username + Argon2id password). */
@Singleton
final class ConsoleAuthenticationProvider<B>
    implements HttpRequestExecutorAuthenticationProvider<B> {
  private final ConsoleUsers users;

  ConsoleAuthenticationProvider(ConsoleUsers users) {
    this.users = users;
  }

  @Override
  public AuthenticationResponse authenticate(
      @Nullable HttpRequest<B> request, AuthenticationRequest<String, String> authRequest) {
    return users
        .authenticate(authRequest.getIdentity(), authRequest.getSecret())
        .map(ConsoleAuthenticationProvider::success)
        .orElseGet(
            () ->
                AuthenticationResponse.failure(
                    AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
  }

  private static AuthenticationResponse success(ConsoleUser user) {
    Map<String, Object> attributes = new HashMap<>();
    if (user.orgId() != null) {
      attributes.put(AuthAttributes.TENANT_ID, user.orgId());
    }
    return AuthenticationResponse.success(user.username(), List.of(user.role()), attributes);
  }

  @Override
  public String getExecutorName() {
    return TaskExecutors.BLOCKING;
  }
}
