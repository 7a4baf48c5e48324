package dev.engram.api.realtime;

import dev.engram.analytics.Window;
import dev.engram.analytics.metrics.InsightService;
import dev.engram.analytics.store.RollupReader;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces insights on topic {@code insights} as they appear: after learning events are recorded,
 * the app's insights over the last 30 days are computed again (on a virtual thread, at most once
 * per app every 10 seconds) and those not announced before by this instance are published as {@code
 * insight.anomaly} / {@code insight.opportunity}. An insight is known by its type, metric, domain
 * and day.
 *
 * <p>Not transactional, by nature: an insight is not a change that commits — it is read from the
 * rollups after the learning events' transaction committed — so its outbox row is written in a
 * transaction of its own when it is found. A crash before that loses nothing stored: what was
 * announced is remembered in memory only, so an instance that restarts finds and announces the
 * insight again after the next learning event.
 */
@Singleton
final class InsightAnnouncer {
  private static final Logger LOG = LoggerFactory.getLogger(InsightAnnouncer.class);
  private static final long MIN_GAP_NANOS = 10_000_000_000L;
  private static final int MAX_KNOWN = 1000;

  private final InsightService insights;
  private final RealtimeEvents events;
  private final Clock clock;
  private final Map<String, Long> lastRun = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

  InsightAnnouncer(InsightService insights, RealtimeEvents events, Clock clock) {
    this.insights = insights;
    this.events = events;
    this.clock = clock;
  }

  /** Looks for new insights of the app soon (learning events were just recorded). */
  void recorded(String appId) {
    long now = System.nanoTime();
    Long last = lastRun.get(appId);
    if (last != null && now - last < MIN_GAP_NANOS) {
      return;
    }
    lastRun.put(appId, now);
    Thread.ofVirtual().name("engram-insights-" + appId).start(() -> announce(appId));
  }

  void announce(String appId) {
    try {
      LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
      List<Map<String, Object>> found =
          insights.insights(
              appId, RollupReader.ALL, new Window(today.minusDays(29), today.plusDays(1)));
      Set<String> seen = known.computeIfAbsent(appId, a -> ConcurrentHashMap.newKeySet());
      if (seen.size() > MAX_KNOWN) {
        seen.clear();
      }
      for (Map<String, Object> insight : found) {
        String key =
            insight.get("type")
                + "/"
                + insight.get("metric")
                + "/"
                + insight.get("domain")
                + "/"
                + insight.get("since");
        if (seen.add(key)) {
          events.insight(appId, String.valueOf(insight.get("type")), insight, clock.instant());
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("insights of app {} were not announced: {}", appId, e.getMessage());
    }
  }
}
