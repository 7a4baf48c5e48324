package dev.engram.memory.index.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The search index definitions Terraform declares ({@code terraform/modules/atlas-search-indexes})
 * are the ones the code creates ({@link AtlasQueries}).
 */
class AtlasIndexDefinitionsTest {
  private static final Path MODULE = Path.of("..", "terraform", "modules", "atlas-search-indexes");

  @Test
  void theTextIndexFieldsAreTheCodes() throws IOException {
    Document declared =
        Document.parse(Files.readString(MODULE.resolve("definitions/search-fields.json")));
    Document mappings = AtlasQueries.searchIndexDefinition().get("mappings", Document.class);

    assertThat(declared).isEqualTo(mappings.get("fields", Document.class));
    assertThat(mappings.getBoolean("dynamic")).isFalse();
    assertThat(Files.readString(MODULE.resolve("main.tf")))
        .contains("mappings_dynamic = false")
        .contains("name            = \"" + AtlasQueries.SEARCH_INDEX + "\"")
        .contains("name            = \"" + AtlasQueries.VECTOR_INDEX + "\"");
  }

  @Test
  void theVectorIndexFieldsAreTheCodesForAnyDimensions() throws IOException {
    String template = Files.readString(MODULE.resolve("definitions/vector-fields.json.tftpl"));
    for (int dimensions : List.of(384, 1536)) {
      Document declared =
          Document.parse(
              "{\"fields\": "
                  + template.replace("${dimensions}", Integer.toString(dimensions))
                  + "}");
      assertThat(declared).isEqualTo(AtlasQueries.vectorIndexDefinition(dimensions));
    }
  }
}
