package dev.engram.analytics.metrics;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsConfiguration;
import dev.engram.analytics.AnalyticsErrorCode;
import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.Metric;
import dev.engram.analytics.Window;
import dev.engram.analytics.store.LatencyBuckets;
import dev.engram.analytics.store.RollupReader;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Metrics of an app (or one domain of it) over a window, computed from the rollups. */
@Singleton
public final class MetricsService {
  private static final Pattern DOMAIN = Pattern.compile("[a-z0-9][a-z0-9_.:\\-]{0,127}");

  private final RollupReader reader;
  private final AnalyticsConfiguration configuration;
  private final Clock clock;

  MetricsService(RollupReader reader, AnalyticsConfiguration configuration, Clock clock) {
    this.reader = requireNonNull(reader, "reader is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** The window the query parameters ask for (see {@link Window#of}). */
  public Window window(@Nullable String from, @Nullable String to, @Nullable Integer days) {
    return Window.of(from, to, days, clock, configuration.retention());
  }

  public Clock clock() {
    return clock;
  }

  /**
   * The domain, checked: {@code all}, {@code memory}, {@code retrieval}, or a learning domain or
   * memory category the app has data for (else 400 {@code unknown_domain}).
   */
  public String domain(String appId, String domain) {
    String d = domain == null ? "" : domain.toLowerCase(Locale.ROOT);
    if (d.equals(RollupReader.ALL)
        || d.equals(RollupReader.MEMORY)
        || d.equals(RollupReader.RETRIEVAL)) {
      return d;
    }
    if (!DOMAIN.matcher(d).matches() || !reader.knows(appId, d)) {
      throw new AnalyticsException(
          AnalyticsErrorCode.UNKNOWN_DOMAIN,
          "domain: no data for domain '"
              + domain
              + "' in this app; use all, memory, retrieval or a domain of recorded events",
          "domain");
    }
    return d;
  }

  /** Every metric of the window, with the learning rate and the search latency percentiles. */
  public Map<String, Object> metrics(String appId, String domain, Window window) {
    Selection selection = Selection.read(reader, appId, domain, window);
    Sums total = selection.total();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("domain", domain);
    out.put("from", window.from().toString());
    out.put("to", window.to().toString());
    out.put("days", window.days());
    Map<String, Object> learning = new LinkedHashMap<>();
    learning.put("events", total.events);
    learning.put("feedback", total.feedback);
    learning.put("accuracy", total.value(Metric.ACCURACY));
    learning.put("mean_confidence", total.value(Metric.MEAN_CONFIDENCE));
    learning.put("mean_rating", total.value(Metric.MEAN_RATING));
    learning.put("feedback_positive_rate", Sums.ratio(total.typedCorrect, total.typedFeedback));
    learning.put("performance_change", total.performanceChange);
    learning.put("learning_rate", learningRate(selection));
    out.put("learning", learning);
    Map<String, Object> memory = new LinkedHashMap<>();
    int days = window.days();
    memory.put("facts_learned", total.mem("ADD", "IMPORT"));
    memory.put("facts_corrected", total.mem("UPDATE"));
    memory.put("facts_reinforced", total.mem("REINFORCE"));
    memory.put("facts_forgotten", total.mem("DELETE", "EXPIRE"));
    memory.put("facts_skipped", total.mem("SKIP"));
    memory.put("facts_learned_per_day", (double) total.mem("ADD", "IMPORT") / days);
    memory.put("facts_corrected_per_day", (double) total.mem("UPDATE") / days);
    memory.put("facts_reinforced_per_day", (double) total.mem("REINFORCE") / days);
    memory.put("facts_forgotten_per_day", (double) total.mem("DELETE", "EXPIRE") / days);
    memory.put("contradiction_rate", total.value(Metric.CONTRADICTION_RATE));
    out.put("memory", memory);
    Map<String, Object> retrieval = new LinkedHashMap<>();
    retrieval.put("searches", total.searches);
    retrieval.put("hit_rate", total.value(Metric.HIT_RATE));
    long[] histogram = reader.latencyHistogram(appId, window);
    retrieval.put("search_p50_ms", percentile(histogram, 0.50));
    retrieval.put("search_p95_ms", percentile(histogram, 0.95));
    out.put("retrieval", retrieval);
    Map<String, Object> users = new LinkedHashMap<>();
    long active = reader.activeUsers(appId, window);
    long ever = reader.usersBefore(appId, window.end());
    long memories = reader.netMemoriesBefore(appId, window.to());
    users.put("active_users", active);
    users.put("users", ever);
    users.put("memories", memories);
    users.put("memories_per_user", ever == 0 ? null : (double) memories / ever);
    out.put("users", users);
    return out;
  }

  /**
   * Learning rate: the least-squares slope of daily accuracy (days with feedback only) against the
   * day number, in accuracy points per day, over the whole window.
   */
  static Map<String, Object> learningRate(Selection selection) {
    List<Double> daily = new ArrayList<>();
    selection.days().values().forEach(s -> daily.add(s.value(Metric.ACCURACY)));
    double slope = Stats.slope(daily);
    Map<String, Object> rate = new LinkedHashMap<>();
    rate.put("slope_per_day", Double.isNaN(slope) ? null : slope);
    rate.put("window_days", selection.window().days());
    rate.put("days_with_feedback", daily.stream().filter(d -> d != null).count());
    rate.put("method", "least-squares slope of daily accuracy over the window");
    return rate;
  }

  /**
   * The upper bound of the bucket where the cumulative count reaches the quantile; null if none.
   */
  @Nullable
  public static Double percentile(long[] histogram, double quantile) {
    long total = 0;
    for (long c : histogram) {
      total += c;
    }
    if (total == 0) {
      return null;
    }
    long rank = (long) Math.ceil(quantile * total);
    long seen = 0;
    for (int b = 0; b < histogram.length; b++) {
      seen += histogram[b];
      if (seen >= rank) {
        return Math.round(LatencyBuckets.upperMs(b) * 100) / 100.0;
      }
    }
    return null;
  }

  RollupReader reader() {
    return reader;
  }
}
