package dev.engram.analytics.schedule;

import com.github.kagkarlsson.scheduler.task.Task;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The export jobs as beans of db-scheduler's {@link Task} type, which the application's one
 * scheduler collects and runs.
 */
@Factory
final class ReportTaskBeans {
  @Singleton
  @Named(ReportJobs.TICK)
  Task<?> tick(ReportJobs jobs) {
    return jobs.tasks().get(0);
  }

  @Singleton
  @Named(ReportJobs.RUN)
  Task<?> run(ReportJobs jobs) {
    return jobs.tasks().get(1);
  }
}
