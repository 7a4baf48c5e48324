package dev.engram.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The configuration reference (docs/configuration.md) documents every Engram configuration property
 * with its environment form, and its table is what {@link ConfigurationTable} generates from the
 * compiler's configuration metadata. {@code ENGRAM_WRITE_DOCS=true} rewrites the table (and moves
 * rows other branches added to README.md into it) instead of comparing.
 */
class ConfigurationReferenceTest {
  private static final Path DOC = Path.of("..", "docs", "configuration.md");
  private static final Path README = Path.of("..", "README.md");

  @Test
  void configurationReferenceDocumentsEveryEngramProperty() throws IOException {
    String reference = Files.readString(DOC, StandardCharsets.UTF_8);
    List<ConfigurationTable.Property> properties = ConfigurationTable.engramProperties();

    assertThat(properties)
        .extracting(ConfigurationTable.Property::name)
        .contains("engram.home", "engram.bootstrap.admin-password");
    for (ConfigurationTable.Property property : properties) {
      assertThat(reference)
          .as("docs/configuration.md documents %s", property.name())
          .contains("`" + property.name() + "`");
      assertThat(reference)
          .as("docs/configuration.md documents %s", property.env())
          .contains("`" + property.env() + "`");
    }
  }

  @Test
  void configurationTableIsTheGeneratedOne() throws IOException {
    String reference = Files.readString(DOC, StandardCharsets.UTF_8);
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    ConfigurationTable.Regenerated regenerated =
        ConfigurationTable.regenerate(reference, readme, ConfigurationTable.engramProperties());

    if ("true".equals(System.getenv("ENGRAM_WRITE_DOCS"))) {
      Files.writeString(DOC, regenerated.reference(), StandardCharsets.UTF_8);
      Files.writeString(README, regenerated.readme(), StandardCharsets.UTF_8);
      return;
    }
    String fix =
        "regenerate it: ENGRAM_WRITE_DOCS=true mvn -B -o -q -pl api -am test"
            + " -Dtest=ConfigurationReferenceTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dexec.skip=true -Dspotless.check.skip=true (docs/development.md)";
    assertThat(readme)
        .as("README.md holds configuration rows; they belong in docs/configuration.md: " + fix)
        .isEqualTo(regenerated.readme());
    assertThat(reference)
        .as("docs/configuration.md's table is not the generated one: " + fix)
        .isEqualTo(regenerated.reference());
  }

  @Test
  void newPropertiesAreGeneratedNextToTheirGroupAndHandWrittenRowsKept() {
    String reference =
        "intro\n"
            + ConfigurationTable.BEGIN
            + "\n| property | environment | default | what |\n|---|---|---|---|\n"
            + "| `engram.a.one` | `ENGRAM_A_ONE` | `1` | hand-written |\n"
            + "| `engram.b.one` | `ENGRAM_B_ONE` | – | other group |\n"
            + "| – | `ENGRAM_JAVA_OPTS` | – | not a property |\n"
            + ConfigurationTable.END
            + "\nafter\n";
    String readme = "# R\n\n| `engram.b.two` | `ENGRAM_B_TWO` | `2` | added by a branch |\n\nend\n";
    List<ConfigurationTable.Property> properties =
        List.of(
            new ConfigurationTable.Property("engram.a.one", "from metadata", "9"),
            new ConfigurationTable.Property("engram.b.one", "b", null),
            new ConfigurationTable.Property("engram.b.two", "b two", null),
            new ConfigurationTable.Property(
                "engram.a.two-x", "uses {@code x}\n     and a | bar", "5s"));

    ConfigurationTable.Regenerated regenerated =
        ConfigurationTable.regenerate(reference, readme, properties);

    assertThat(regenerated.reference())
        .isEqualTo(
            "intro\n"
                + ConfigurationTable.BEGIN
                + "\n| property | environment | default | what |\n|---|---|---|---|\n"
                + "| `engram.a.one` | `ENGRAM_A_ONE` | `1` | hand-written |\n"
                + "| `engram.a.two-x` | `ENGRAM_A_TWO_X` | `5s` | uses `x` and a \\| bar |\n"
                + "| `engram.b.one` | `ENGRAM_B_ONE` | – | other group |\n"
                + "| `engram.b.two` | `ENGRAM_B_TWO` | `2` | added by a branch |\n"
                + "| – | `ENGRAM_JAVA_OPTS` | – | not a property |\n"
                + ConfigurationTable.END
                + "\nafter\n");
    assertThat(regenerated.readme()).isEqualTo("# R\n\n\nend\n");
    assertThat(ConfigurationTable.regenerate(regenerated.reference(), "", properties).reference())
        .as("regenerating a generated table changes nothing")
        .isEqualTo(regenerated.reference());
  }
}
