package dev.engram.memory.store;

/**
 * What an app holds in the store.
 *
 * @param activeMemories memories with status {@code active}
 * @param bytes UTF-8 bytes of the text of every stored version (content, context, tags, metadata)
 */
public record StoreUsage(long activeMemories, long bytes) {
  public static final StoreUsage EMPTY = new StoreUsage(0, 0);

  public StoreUsage plus(long memories, long moreBytes) {
    return new StoreUsage(activeMemories + memories, bytes + moreBytes);
  }
}
