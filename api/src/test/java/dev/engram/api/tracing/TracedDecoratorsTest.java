package dev.engram.api.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.embed.Embedder;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A tracing decorator declares every method of the interface it wraps: one left to the interface's
 * default would not reach the wrapped implementation (an index's {@code fullMatchScore} would fall
 * back to its default everywhere tracing is on).
 */
class TracedDecoratorsTest {
  record Decorator(Class<?> wrapped, Class<?> decorator) {}

  static List<Decorator> decorators() {
    return List.of(
        new Decorator(MemoryIndex.class, TracedMemoryIndex.class),
        new Decorator(MemoryStore.class, TracedMemoryStore.class),
        new Decorator(Embedder.class, TracedEmbedder.class));
  }

  @ParameterizedTest
  @MethodSource("decorators")
  void declaresEveryMethodOfTheWrappedInterface(Decorator decorator) {
    List<String> missing =
        Arrays.stream(decorator.wrapped().getMethods())
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getDeclaringClass() != Object.class)
            .filter(m -> !declares(decorator.decorator(), m))
            .map(Method::toString)
            .toList();

    assertThat(missing).as(decorator.decorator().getSimpleName()).isEmpty();
  }

  private static boolean declares(Class<?> type, Method method) {
    try {
      return type.getDeclaredMethod(method.getName(), method.getParameterTypes()) != null;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
