package dev.engram.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Json;
import io.micronaut.context.ApplicationContext;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evolution evaluation end to end on the development set (MiniLM, Lucene, H2). */
class EvolutionEvalIT {
  @TempDir Path home;

  @Test
  void judgesPairsAndScenariosOfTheDevelopmentSet() throws Exception {
    EvolutionEval.Result result;
    try (ApplicationContext context = ToolContext.start(home)) {
      result = EvolutionEval.run(context, EvolutionEval.read(devSet()));
    }

    assertThat(result.pairs()).isEqualTo(24);
    assertThat(result.checks()).isEqualTo(11);
    assertThat(result.pairsRight()).as(String.join("\n", result.failures())).isEqualTo(24);
    assertThat(result.accuracy()).as(String.join("\n", result.failures())).isGreaterThan(0.95);
    assertThat(result.failures()).hasSize(35 - result.pairsRight() - result.checksRight());
  }

  @Test
  void judgesAScenarioByWhichStepsAreActiveAtTheEnd() throws Exception {
    String scenario =
        """
        {"scenarios": [{"name": "move", "steps": ["User lives in Lisbon.", "User likes surfing",
          "User moved to Porto in June"],
          "expect_active": ["User likes surfing", "User moved to Porto in June", "User lives in Lisbon"],
          "expect_superseded": ["User lives in Lisbon."]}]}
        """;
    EvolutionEval.Result result;
    try (ApplicationContext context = ToolContext.start(home)) {
      result = EvolutionEval.run(context, Json.mapper().readTree(scenario));
    }

    assertThat(result.checks()).isEqualTo(4);
    assertThat(result.checksRight()).as(String.join("\n", result.failures())).isEqualTo(3);
    assertThat(result.failures())
        .singleElement(InstanceOfAssertFactories.STRING)
        .contains("expected 'User lives in Lisbon' active");
  }

  private Path devSet() throws URISyntaxException {
    return Path.of(getClass().getResource("/evolution/evolution-dev.json").toURI());
  }
}
