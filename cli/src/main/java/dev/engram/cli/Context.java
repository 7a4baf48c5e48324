package dev.engram.cli;

import dev.engram.sdk.Engram;
import dev.engram.sdk.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What a command runs with: the environment, the output streams, and the settings resolved from the
 * command line, the environment and the profile file, in that order.
 */
final class Context {
  static final String DEFAULT_URL = "http://localhost:8080";

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;

  Context(Map<String, String> env, PrintStream out, PrintStream err, InputStream in) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
    this.in = in;
  }

  Map<String, String> env() {
    return env;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  InputStream in() {
    return in;
  }

  Optional<String> env(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** The user's home directory ({@code HOME}, else the JVM's). */
  Path userHome() {
    return Path.of(env("HOME").orElse(System.getProperty("user.home")));
  }

  /** Engram's data directory: {@code ENGRAM_HOME}, default {@code ~/.engram}. */
  Path engramHome() {
    return env("ENGRAM_HOME").map(Path::of).orElse(userHome().resolve(".engram"));
  }

  /** The resolved URL and key of a command's options. */
  record Settings(String url, Optional<String> apiKey, String source) {}

  Settings settings(ClientOptions options) {
    Path file =
        options
            .configFile()
            .or(() -> env("ENGRAM_CLI_CONFIG").map(Path::of))
            .orElse(userHome().resolve(".engram/cli.properties"));
    Properties profile = load(file, options.configFile().isPresent());
    String prefix = options.profile().or(() -> env("ENGRAM_PROFILE")).map(p -> p + ".").orElse("");
    Optional<String> fileUrl = property(profile, prefix + "url");
    Optional<String> fileKey = property(profile, prefix + "api_key");
    String url = options.url().or(() -> env("ENGRAM_URL")).or(() -> fileUrl).orElse(DEFAULT_URL);
    Optional<String> key = options.apiKey().or(() -> env("ENGRAM_API_KEY")).or(() -> fileKey);
    String source =
        options.url().isPresent()
            ? "--url"
            : env("ENGRAM_URL").isPresent()
                ? "ENGRAM_URL"
                : fileUrl.isPresent() ? file.toString() : "default";
    return new Settings(url, key, source);
  }

  /** A client for the command's settings; {@code needsKey}: fail early without a key. */
  Engram client(ClientOptions options, boolean needsKey) {
    Settings settings = settings(options);
    if (needsKey && settings.apiKey().isEmpty()) {
      throw new ExitCode.MissingKeyException();
    }
    return Engram.builder(Map.of())
        .baseUrl(settings.url())
        .apiKey(settings.apiKey().orElse(null))
        .maxRetries(options.retries())
        .build();
  }

  void json(Object value) {
    out.println(Json.writePretty(value));
  }

  private static Optional<String> property(Properties properties, String name) {
    String value = properties.getProperty(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static Properties load(Path file, boolean required) {
    Properties properties = new Properties();
    if (!Files.isRegularFile(file)) {
      if (required) {
        throw new ExitCode.CliException("no such profile file: " + file);
      }
      return properties;
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ExitCode.CliException("cannot read " + file + ": " + e.getMessage());
    }
    return properties;
  }
}
