package dev.engram.api.reports;

import dev.engram.analytics.schedule.ReportSource;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written report source for scheduler tests (the real renderer is another package's): the
 * body names what was asked for, so tests can check that the right report reached a destination. On
 * only where a test sets {@code test.fake-report-source}.
 */
@Singleton
@Primary
@Requires(property = "test.fake-report-source", value = "true")
public final class FakeReportSource implements ReportSource {
  private final AtomicInteger renders = new AtomicInteger();

  @Override
  public Output render(Request request) {
    renders.incrementAndGet();
    String body =
        "report="
            + request.type()
            + " format="
            + request.format()
            + " org="
            + request.orgId()
            + " app="
            + request.appId().orElse("-")
            + " domain="
            + request.domain()
            + " from="
            + request.period().from()
            + " to="
            + request.period().to();
    String contentType =
        switch (request.format()) {
          case "pdf" -> "application/pdf";
          case "html" -> "text/html; charset=utf-8";
          case "csv" -> "text/csv; charset=utf-8";
          default -> "application/json";
        };
    return new Output(
        body.getBytes(StandardCharsets.UTF_8),
        contentType,
        request.type() + "-" + request.period().from() + "." + request.format());
  }

  /** Reports rendered so far by this instance. */
  public int renders() {
    return renders.get();
  }
}
