package dev.engram.memory.evolve;

/**
 * Runs {@link ProbeSetsRun} or {@link LocomoPairsRun} without a test launcher, for a quick look
 * from a shell: {@code java -Dprobes=… -cp test-classes:classes:engram.jar
 * dev.engram.memory.evolve.RunsMain probes|locomo}.
 */
final class RunsMain {
  private RunsMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("locomo")) {
      new LocomoPairsRun().run();
    } else {
      new ProbeSetsRun().run();
    }
  }
}
