package dev.engram.analytics.store;

import java.time.LocalDate;

/** One row of the daily rollup. */
public record DayRow(
    LocalDate day,
    String source,
    String kind,
    String dimension,
    String agentId,
    String engine,
    long events,
    long feedback,
    long correct,
    long ratingSum,
    long ratingCount,
    double confidenceSum,
    long confidenceCount,
    double valueSum) {}
