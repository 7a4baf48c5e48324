package dev.engram.api.tracing;

import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/** Carries the request's trace context to every thread Micronaut runs the request on. */
record OtelContextElement(Context context) implements ThreadPropagatedContextElement<Scope> {
  @Override
  @SuppressWarnings("MustBeClosedChecker") // closed by restoreThreadContext, Micronaut's contract
  public Scope updateThreadContext() {
    return context.makeCurrent();
  }

  @Override
  public void restoreThreadContext(Scope scope) {
    scope.close();
  }
}
