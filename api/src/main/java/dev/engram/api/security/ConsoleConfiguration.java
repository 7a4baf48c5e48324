package dev.engram.api.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * The console's browser origins.
 *
 * @param origins origins (scheme://host[:port]) allowed to call the APIs from a browser across
 *     origins (CORS), comma-separated in the environment; empty (the default): none, only the
 *     console served by Engram itself at {@code /admin}
 */
@ConfigurationProperties("engram.console")
public record ConsoleConfiguration(@Bindable(defaultValue = "") List<String> origins) {
  public ConsoleConfiguration {
    origins =
        origins == null
            ? List.of()
            : origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
  }
}
