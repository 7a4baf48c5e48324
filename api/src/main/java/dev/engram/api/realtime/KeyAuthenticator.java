package dev.engram.api.realtime;

import dev.engram.realtime.Authenticator;
import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.apikey.ApiKeys;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import java.util.Optional;

/**
 * The gateway's view of the API's credentials: API keys (and the console's tickets, whose
 * connection ends with its app), and the organization of each app for org-wide streams.
 */
final class KeyAuthenticator implements Authenticator {
  private final ApiKeys keys;
  private final Apps apps;

  KeyAuthenticator(ApiKeys keys, Apps apps) {
    this.keys = keys;
    this.apps = apps;
  }

  @Override
  public AppScope authenticate(String apiKey) {
    return keys.authenticate(apiKey);
  }

  @Override
  public boolean isActive(String keyId) {
    // a console ticket's connection ends with its app (deletion closes it)
    return ConsoleTicketController.isConsoleKey(keyId) || keys.isActive(keyId);
  }

  @Override
  public Optional<String> orgOf(String appId) {
    return apps.findById(appId).map(App::orgId);
  }
}
