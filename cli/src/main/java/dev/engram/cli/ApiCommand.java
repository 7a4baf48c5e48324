package dev.engram.cli;

import dev.engram.sdk.Engram;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A command that talks to Engram: opens a client for its options and closes it afterwards. */
abstract class ApiCommand implements Callable<Integer> {
  @Mixin ClientOptions options;

  final Context context;

  ApiCommand(Context context) {
    this.context = context;
  }

  /** Whether the command needs an API key (most do; {@code health} does not). */
  boolean needsKey() {
    return true;
  }

  abstract int run(Engram engram);

  @Override
  public final Integer call() {
    try (Engram engram = context.client(options, needsKey())) {
      return run(engram);
    }
  }

  boolean json() {
    return options.json();
  }
}
