package dev.engram.memory.evolve;

/** Hands the package-private rule resolver to tests of other packages. */
public final class RuleResolverAccess {
  public Resolver resolver() {
    return new RuleResolver();
  }
}
