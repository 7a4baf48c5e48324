package dev.engram.tools;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a tool stopped by Ctrl-C or a {@code kill} still does on its way out: stop the server it
 * started and delete its temporary data directory, last registered first (as try-with-resources
 * closes them). One shutdown hook runs them in order; hooks of their own would run concurrently,
 * deleting the directory under a server still writing to it.
 */
final class OnInterrupt {
  private static final Deque<Runnable> ACTIONS = new ArrayDeque<>();

  static {
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(OnInterrupt::runAll));
  }

  private OnInterrupt() {}

  /** Runs {@code action} if the JVM exits before the returned registration is closed. */
  static Registration register(Runnable action) {
    synchronized (ACTIONS) {
      ACTIONS.push(action);
    }
    return new Registration(action);
  }

  /** Runs every action still registered, last first (the shutdown hook's work). */
  static void runAll() {
    while (true) {
      Runnable action;
      synchronized (ACTIONS) {
        action = ACTIONS.poll();
      }
      if (action == null) {
        return;
      }
      try {
        action.run();
      } catch (RuntimeException e) {
        System.err.println("clean-up on exit failed: " + e.getMessage());
      }
    }
  }

  /** A registered action; closing it means the tool did the work itself. */
  record Registration(Runnable action) implements AutoCloseable {
    @Override
    public void close() {
      synchronized (ACTIONS) {
        ACTIONS.removeFirstOccurrence(action);
      }
    }
  }
}
