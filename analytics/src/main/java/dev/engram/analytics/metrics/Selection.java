package dev.engram.analytics.metrics;

import dev.engram.analytics.Window;
import dev.engram.analytics.store.RollupReader;
import java.time.LocalDate;
import java.util.Map;

/** The daily sums of one app, domain and window, read once from the rollups. */
record Selection(String appId, String domain, Window window, Map<LocalDate, Sums> days) {
  static Selection read(RollupReader reader, String appId, String domain, Window window) {
    Map<LocalDate, Long> active =
        domain.equals(RollupReader.ALL) ? reader.activeUsersByDay(appId, window) : Map.of();
    return new Selection(
        appId,
        domain,
        window,
        Sums.byDay(reader.dailyTotals(appId, window, domain), window.from(), window.to(), active));
  }

  Sums total() {
    return Sums.total(days.values());
  }
}
