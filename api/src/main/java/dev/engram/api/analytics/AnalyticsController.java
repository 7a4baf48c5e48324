package dev.engram.api.analytics;

import dev.engram.api.analytics.AnalyticsReads.Params;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/** Seed 002's analytics engine: metrics, dashboard, insights, realtime view. */
@Controller("/v1/analytics")
@Tag(name = "Analytics")
@Secured("analytics:read")
final class AnalyticsController {
  private final AnalyticsReads reads;

  AnalyticsController(AnalyticsReads reads) {
    this.reads = reads;
  }

  /** Every metric of the domain ({@code all}, {@code memory}, {@code retrieval} or a domain). */
  @Get("/metrics/{domain}")
  Map<String, Object> metrics(
      @Parameter(hidden = true) AppScope scope,
      @PathVariable String domain,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.metrics(scope.appId(), domain, new Params(from, to, days));
  }

  /** Realtime, today, trends, insights and top performers (seed 002's shape, snake_case). */
  @Get("/dashboard")
  Map<String, Object> dashboard(
      @Parameter(hidden = true) AppScope scope,
      @Nullable @QueryValue String domain,
      @Nullable @QueryValue Integer days) {
    return reads.dashboard(scope.appId(), domain, days);
  }

  /** Anomalies (robust z-score) and opportunities, strongest first. */
  @Get("/insights")
  Map<String, Object> insights(
      @Parameter(hidden = true) AppScope scope,
      @Nullable @QueryValue String domain,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.insights(scope.appId(), domain, new Params(from, to, days));
  }

  /** The last hour's activity and current rate. */
  @Get("/realtime")
  Map<String, Object> realtime(
      @Parameter(hidden = true) AppScope scope, @Nullable @QueryValue String domain) {
    return reads.realtime(scope.appId(), domain);
  }
}
