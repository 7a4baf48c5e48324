package dev.engram.memory.history;

import dev.engram.memory.MemoryException;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reading a view's {@code format} parameter: an enum constant by its lower-case name. */
final class Formats {
  private Formats() {}

  /** The constant the value names, {@code absent} when there is none, else a 400 on format. */
  static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, E absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    E[] all = type.getEnumConstants();
    return Arrays.stream(all)
        .filter(f -> value(f).equals(value.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                MemoryException.invalid(
                    "format",
                    "must be one of "
                        + Arrays.stream(all)
                            .map(Formats::value)
                            .collect(Collectors.joining(", "))));
  }

  /** The wire name of a format. */
  static String value(Enum<?> format) {
    return format.name().toLowerCase(Locale.ROOT);
  }
}
