package dev.engram.sdk.model;

import java.util.List;

/** What an import did, line by line. */
public record ImportResult(
    int lines,
    int imported,
    int skipped,
    int reembedded,
    int relations,
    int failed,
    List<ImportFailure> errors) {
  public ImportResult {
    errors = Norm.list(errors);
  }
}
