package dev.engram.sdk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Absent JSON values become empty collections and {@link Optional#empty()}, never null. */
final class Norm {
  private Norm() {}

  static <T> List<T> list(List<T> value) {
    return value == null ? List.of() : Collections.unmodifiableList(value);
  }

  static <K, V> Map<K, V> map(Map<K, V> value) {
    // values may be JSON null: Map.copyOf would refuse them
    return value == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(value));
  }

  @SuppressWarnings("OptionalAssignedToNull")
  static <T> Optional<T> opt(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
