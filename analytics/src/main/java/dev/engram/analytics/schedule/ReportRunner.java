package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.Window;
import dev.engram.analytics.schedule.ReportRun.Delivery;
import dev.engram.tenancy.Ids;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes runs: records a run for a tick or a "run now", and carries out one attempt of a run —
 * render every type × format, keep the files, deliver them to every destination that has not had
 * them yet, and record the outcome per destination.
 */
@Singleton
final class ReportRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ReportRunner.class);

  /** What a tick did: the run it recorded (none when it already had one) and the next tick. */
  record Tick(Optional<String> runId, Instant next) {}

  /** An attempt that did not deliver everywhere; the job retries it with backoff. */
  static final class AttemptFailed extends Exception {
    AttemptFailed(String message) {
      super(message, null, false, false);
    }
  }

  private final ScheduleStore store;
  private final BeanProvider<ReportSource> source;
  private final Deliverers deliverers;
  private final Organizations organizations;
  private final ReportsConfiguration config;
  private final Clock clock;

  ReportRunner(
      ScheduleStore store,
      BeanProvider<ReportSource> source,
      Deliverers deliverers,
      Organizations organizations,
      ReportsConfiguration config,
      Clock clock) {
    this.store = requireNonNull(store, "store is null");
    this.source = requireNonNull(source, "source is null");
    this.deliverers = requireNonNull(deliverers, "deliverers is null");
    this.organizations = requireNonNull(organizations, "organizations is null");
    this.config = requireNonNull(config, "config is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /**
   * A tick of the schedule that was due at {@code due}: records the run of the latest tick due by
   * now (ticks missed during downtime make one run, not one each). Empty when the schedule is gone
   * or disabled (the tick then removes itself).
   */
  Optional<Tick> tick(String scheduleId, Instant due) {
    Optional<ReportSchedule> found = store.find(scheduleId);
    if (found.isEmpty() || !found.get().enabled()) {
      return Optional.empty();
    }
    ReportSchedule schedule = found.get();
    if (organizations.findById(schedule.orgId()).isEmpty()) {
      store.delete(schedule.id());
      return Optional.empty();
    }
    Instant now = clock.instant();
    Cron cron = Cron.of(schedule.cron(), schedule.timeZone());
    Instant tick = cron.latestDue(due, now);
    String runId = scheduledRunId(schedule.id(), tick);
    ReportRun run = newRun(runId, schedule, "schedule", tick, now);
    store.insertRun(run);
    boolean pending = store.findRun(runId).map(r -> !r.finished()).orElse(false);
    return Optional.of(new Tick(pending ? Optional.of(runId) : Optional.empty(), cron.next(now)));
  }

  /** Records a run asked for now; the caller queues it. */
  ReportRun runNow(ReportSchedule schedule) {
    Instant now = clock.instant();
    ReportRun run = newRun(Ids.newId("rrun"), schedule, "manual", now, now);
    store.insertRun(run);
    return run;
  }

  private ReportRun newRun(
      String id, ReportSchedule schedule, String trigger, Instant tick, Instant now) {
    LocalDate tickDay = LocalDate.ofInstant(tick, Cron.zone(schedule.timeZone()));
    Window period = schedule.period().window(tickDay);
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < schedule.destinations().size(); i++) {
      Destination d = schedule.destinations().get(i);
      deliveries.add(new Delivery(i, d.type(), d.target(), "pending", 0, null, null));
    }
    return new ReportRun(
        id,
        schedule.id(),
        schedule.orgId(),
        trigger,
        tick,
        period,
        "queued",
        0,
        null,
        null,
        null,
        null,
        null,
        deliveries,
        List.of(),
        now);
  }

  /** One attempt of the run; throws when something is left to retry. */
  void attempt(String runId) throws Exception {
    Optional<ReportRun> found = store.findRun(runId);
    if (found.isEmpty() || found.get().finished()) {
      return;
    }
    ReportRun run = found.get();
    Optional<ReportSchedule> schedule = store.find(run.scheduleId());
    if (schedule.isEmpty()) {
      return;
    }
    int attempt = run.attempts() + 1;
    Instant started = clock.instant();
    run = with(run, "running", attempt, started, null, null, null, null, run.deliveries());
    store.updateRun(run);
    List<ReportSource.Output> files;
    try {
      files = render(schedule.get(), run);
    } catch (Exception e) {
      String error = "rendering failed: " + message(e);
      store.updateRun(
          with(
              run,
              "retrying",
              attempt,
              started,
              null,
              elapsed(started),
              null,
              error,
              run.deliveries()));
      throw new AttemptFailed(error);
    }
    store.replaceOutputs(run.id(), files);
    long size = files.stream().mapToLong(f -> f.body().length).sum();
    List<Delivery> deliveries = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Delivery previous : run.deliveries()) {
      if (previous.status().equals("delivered")
          || previous.index() >= schedule.get().destinations().size()) {
        deliveries.add(previous);
        continue;
      }
      Destination destination = schedule.get().destinations().get(previous.index());
      Instant at = clock.instant();
      try {
        String detail = deliverers.deliver(schedule.get(), run, files, destination);
        deliveries.add(withStatus(previous, "delivered", detail, at));
      } catch (Exception e) {
        String error = message(e);
        LOG.debug("report run {}: {} delivery failed: {}", runId, destination.type(), error);
        deliveries.add(withStatus(previous, "failed", error, at));
        failures.add(destination.type() + " " + destination.target() + ": " + error);
      }
    }
    Instant finished = clock.instant();
    if (failures.isEmpty()) {
      store.updateRun(
          with(
              run,
              "succeeded",
              attempt,
              started,
              finished,
              elapsed(started),
              size,
              null,
              deliveries));
      store.prune(run.scheduleId(), config.maxRunsKept());
      return;
    }
    String error =
        failures.size() + " of " + deliveries.size() + " destinations failed: " + failures;
    store.updateRun(
        with(run, "retrying", attempt, started, null, elapsed(started), size, error, deliveries));
    throw new AttemptFailed(error);
  }

  /** The last attempt failed: {@code partial} when some destination got the files, else failed. */
  void giveUp(String runId, @Nullable Throwable cause) {
    store
        .findRun(runId)
        .filter(run -> !run.finished())
        .ifPresent(
            run -> {
              boolean some =
                  run.deliveries().stream().anyMatch(d -> d.status().equals("delivered"));
              String error =
                  run.error() != null ? run.error() : cause == null ? "failed" : message(cause);
              store.updateRun(
                  with(
                      run,
                      some ? "partial" : "failed",
                      run.attempts(),
                      run.startedAt(),
                      clock.instant(),
                      run.durationMs(),
                      run.sizeBytes(),
                      error,
                      run.deliveries()));
              store.prune(run.scheduleId(), config.maxRunsKept());
            });
  }

  private List<ReportSource.Output> render(ReportSchedule schedule, ReportRun run)
      throws Exception {
    if (!source.isPresent()) {
      throw new IllegalStateException("no report renderer is installed");
    }
    List<ReportSource.Output> files = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String type : schedule.types()) {
      for (String format : schedule.formats()) {
        ReportSource.Output out =
            source
                .get()
                .render(
                    new ReportSource.Request(
                        schedule.orgId(),
                        schedule.appId(),
                        type,
                        schedule.domain(),
                        run.period(),
                        format));
        String name = safeName(out.fileName(), type + "." + format);
        String unique = name;
        for (int n = 2; !names.add(unique); n++) {
          unique = n + "-" + name;
        }
        files.add(new ReportSource.Output(out.body(), out.contentType(), unique));
      }
    }
    return files;
  }

  /** A file name safe on every file system: letters, digits, {@code . _ -}; else the fallback. */
  static String safeName(String name, String fallback) {
    String clean = name.replaceAll("[^A-Za-z0-9._\\-]", "_");
    if (clean.isEmpty() || clean.startsWith(".") || clean.length() > 200) {
      return fallback;
    }
    return clean;
  }

  /** The run id of a schedule's tick: the same on every instance, so a tick has one run. */
  static String scheduledRunId(String scheduleId, Instant tick) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((scheduleId + "@" + tick).getBytes(StandardCharsets.UTF_8));
      return "rrun_" + HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Long elapsed(Instant started) {
    return Math.max(0, Duration.between(started, clock.instant()).toMillis());
  }

  private static Delivery withStatus(Delivery d, String status, String detail, Instant at) {
    return new Delivery(d.index(), d.type(), d.target(), status, d.attempts() + 1, detail, at);
  }

  private static ReportRun with(
      ReportRun r,
      String status,
      int attempts,
      @Nullable Instant started,
      @Nullable Instant finished,
      @Nullable Long durationMs,
      @Nullable Long size,
      @Nullable String error,
      List<Delivery> deliveries) {
    return new ReportRun(
        r.id(),
        r.scheduleId(),
        r.orgId(),
        r.trigger(),
        r.tick(),
        r.period(),
        status,
        attempts,
        started,
        finished,
        durationMs,
        size,
        error,
        deliveries,
        r.outputs(),
        r.createdAt());
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
