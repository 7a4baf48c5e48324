package dev.engram.analytics.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.analytics.Window;
import dev.engram.analytics.store.QueryCompiler.Dimension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryCompilerTest {
  @Test
  void callerValuesBecomeParametersNeverSqlText() {
    String evil = "x') or 1=1; drop table analytics_daily; --";
    Window window = new Window(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01"));
    QueryCompiler.Compiled compiled =
        QueryCompiler.compile(
            "app_1",
            window,
            List.of(Dimension.DOMAIN, Dimension.AGENT),
            Map.of(Dimension.DOMAIN, List.of(evil, "billing")));

    assertThat(compiled.sql())
        .doesNotContain(evil)
        .doesNotContain("billing")
        .doesNotContain("app_1");
    assertThat(compiled.sql())
        .contains("where app_id = ? and day_utc >= ? and day_utc < ? and dimension in (?, ?)")
        .contains("group by dimension, agent_id, source, kind");
    assertThat(compiled.params())
        .containsExactly("app_1", window.from(), window.to(), evil, "billing");
  }
}
