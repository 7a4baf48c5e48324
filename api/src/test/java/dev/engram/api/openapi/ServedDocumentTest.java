package dev.engram.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServedDocumentTest {
  private static final String GENERATED =
      String.join(
          "\n",
          "openapi: 3.0.1",
          "paths:",
          "  /admin/v1/login:",
          "    post:",
          "      operationId: signIn",
          "      responses:",
          "        \"200\":",
          "          description: \"Signed in\\",
          "            \\ with a token\"",
          "  /v1/memories:",
          "    parameters:",
          "    - name: x",
          "    get:",
          "      operationId: listMemories",
          "      security:",
          "      - apiKey: []",
          "    post:",
          "      operationId: createMemory",
          "      security:",
          "      - apiKey: []",
          "  /health:",
          "    get:",
          "      operationId: getHealth",
          "components:",
          "  schemas:",
          "    get:",
          "      type: object",
          "");

  @Test
  void operationsWithoutSecurityGetAnEmptyListAndNothingElseChanges() {
    String served = ServedDocument.markPublicOperations(GENERATED);
    assertThat(served)
        .isEqualTo(
            GENERATED
                .replace(
                    "    post:\n      operationId: signIn",
                    "    post:\n      security: []\n      operationId: signIn")
                .replace(
                    "    get:\n      operationId: getHealth",
                    "    get:\n      security: []\n      operationId: getHealth"));
    assertThat(served.split("security: \\[]", -1)).hasSize(3);
  }

  @Test
  void theLastOperationOfTheDocumentIsMarkedToo() {
    assertThat(ServedDocument.markPublicOperations("paths:\n  /x:\n    get:\n      operationId: x"))
        .isEqualTo("paths:\n  /x:\n    get:\n      security: []\n      operationId: x");
  }

  @Test
  void theGeneratedDocumentIsOnTheClasspath() {
    assertThat(ServedDocument.load()).contains("security: []").contains("operationId: signIn");
  }
}
