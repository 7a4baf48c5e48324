package dev.engram.cli;

import dev.engram.sdk.Engram;
import dev.engram.sdk.Json;
import dev.engram.sdk.model.ImportFailure;
import dev.engram.sdk.model.ImportResult;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code engram export} and {@code engram import}: the app's memories as NDJSON. */
final class TransferCommands {
  private TransferCommands() {}

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Export every memory of the app with events and relations as NDJSON (admin).")
  static final class Export extends ApiCommand {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "write to FILE (default: standard output)")
    Path output;

    Export(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      if (output != null) {
        long bytes = engram.exportTo(output);
        context.err().println("exported " + bytes + " bytes to " + output);
        return ExitCode.OK;
      }
      engram.exportMemories().forEach(line -> context.out().println(Json.write(line)));
      return ExitCode.OK;
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Import an export (FILE, or - for standard input); present memories are skipped.")
  static final class Import extends ApiCommand {
    @Parameters(paramLabel = "FILE")
    String file;

    Import(Context context) {
      super(context);
    }

    @Override
    int run(Engram engram) {
      // a file is streamed from disk by the SDK; standard input is read whole
      ImportResult result =
          "-".equals(file)
              ? engram.importMemories(Inputs.bytes(file, context.in()))
              : engram.importMemories(Inputs.readableFile(file));
      if (json()) {
        context.json(result);
      } else {
        context
            .out()
            .println(
                result.lines()
                    + " lines: "
                    + result.imported()
                    + " imported, "
                    + result.skipped()
                    + " skipped, "
                    + result.failed()
                    + " failed, "
                    + result.relations()
                    + " relations");
        for (ImportFailure f : result.errors()) {
          context.err().println("line " + f.line() + ": " + f.code() + ": " + f.message());
        }
      }
      return result.failed() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }
  }
}
