package dev.engram.api.input;

import dev.engram.memory.write.MemoryValidator;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;
import java.util.Map;

/**
 * Refuses a path or query parameter holding text no store can keep (a NUL character, an unpaired
 * surrogate), so no id or filter reaches a store it would make fail: 400 naming the parameter.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class TextInputFilter {
  @RequestFilter
  void check(HttpRequest<?> request) {
    String path = request.getUri().getPath();
    if (path != null && !MemoryValidator.isStorable(path)) {
      throw InputException.invalidField(
          "path", "must not contain a NUL character (%00) or an unpaired surrogate");
    }
    for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
      String name = parameter.getKey();
      if (!MemoryValidator.isStorable(name)) {
        throw InputException.invalidField(
            "query", "parameter names must not contain a NUL character or an unpaired surrogate");
      }
      for (String value : parameter.getValue()) {
        MemoryValidator.text(name, value);
      }
    }
  }
}
