package dev.engram.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Engram configuration property is documented in docs/configuration.md, with its environment form. */
class ConfigurationReferenceTest {
  @Test
  void configurationReferenceDocumentsEveryEngramProperty() throws IOException {
    String readme = Files.readString(Path.of("..", "docs", "configuration.md"), StandardCharsets.UTF_8);
    List<String> properties = engramProperties();

    assertThat(properties).contains("engram.home", "engram.bootstrap.admin-password");
    for (String property : properties) {
      String env = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
      assertThat(readme).as("docs/configuration.md documents %s", property).contains("`" + property + "`");
      assertThat(readme).as("docs/configuration.md documents %s", env).contains("`" + env + "`");
    }
  }

  /** Properties of Engram's {@code @ConfigurationProperties}, from the compiler's metadata. */
  private static List<String> engramProperties() throws IOException {
    JsonMapper json = JsonMapper.createDefault();
    List<String> names = new ArrayList<>();
    for (URL url :
        Collections.list(
            ConfigurationReferenceTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        Map<String, Object> metadata =
            json.readValue(in.readAllBytes(), Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> properties =
            (List<Map<String, Object>>) metadata.getOrDefault("properties", List.of());
        for (Map<String, Object> property : properties) {
          if (String.valueOf(property.get("sourceType")).startsWith("dev.engram.")) {
            names.add((String) property.get("name"));
          }
        }
      }
    }
    return names;
  }
}
