package dev.engram.sdk.model;

import java.util.Optional;

/** Why one import line was not imported (line numbers start at 1). */
public record ImportFailure(int line, Optional<String> field, String code, String message) {
  public ImportFailure {
    field = Norm.opt(field);
  }
}
