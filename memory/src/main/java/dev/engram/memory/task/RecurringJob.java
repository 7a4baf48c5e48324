package dev.engram.memory.task;

import java.time.Duration;

/** Work that runs every so often on one of the instances (e.g. flushing idle buffers). */
public interface RecurringJob {
  String name();

  Duration every();

  void run();
}
