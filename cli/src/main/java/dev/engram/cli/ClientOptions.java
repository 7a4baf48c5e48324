package dev.engram.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that talks to Engram takes. */
final class ClientOptions {
  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Engram's URL (default: ENGRAM_URL, the profile file, http://localhost:8080)")
  String url;

  @Option(
      names = "--api-key",
      paramLabel = "KEY",
      description = "API key (default: ENGRAM_API_KEY, then api_key in the profile file)")
  String apiKey;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "profile file (default: ENGRAM_CLI_CONFIG, then ~/.engram/cli.properties)")
  Path config;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "use NAME.url and NAME.api_key of the profile file (default: ENGRAM_PROFILE)")
  String profile;

  @Option(names = "--json", description = "print JSON instead of a table")
  boolean json;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "3",
      description = "retries on 429, 5xx and timeouts (default: ${DEFAULT-VALUE})")
  int retries;

  @Option(names = "--app-id", hidden = true, description = "seed 001's app id: the key names it")
  String appId;

  Optional<String> url() {
    return Optional.ofNullable(url).filter(s -> !s.isBlank());
  }

  Optional<String> apiKey() {
    return Optional.ofNullable(apiKey).filter(s -> !s.isBlank());
  }

  Optional<Path> configFile() {
    return Optional.ofNullable(config);
  }

  Optional<String> profile() {
    return Optional.ofNullable(profile).filter(s -> !s.isBlank());
  }

  boolean json() {
    return json;
  }

  int retries() {
    return retries;
  }
}
