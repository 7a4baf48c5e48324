package dev.engram.sdk.model;

import java.util.Iterator;
import java.util.List;

/** The chain of versions through a memory, oldest first (iterable, like seed 001's list). */
public record EvolutionChain(
    String memoryId, String currentId, int length, boolean truncated, List<ChainVersion> versions)
    implements Iterable<ChainVersion> {
  public EvolutionChain {
    versions = Norm.list(versions);
  }

  @Override
  public Iterator<ChainVersion> iterator() {
    return versions.iterator();
  }

  public int size() {
    return versions.size();
  }
}
