package dev.engram.memory;

import java.security.SecureRandom;

/**
 * Ids of memories, events and tasks: a prefix and 24 lower-case base32 characters, of which the
 * first 10 are the creation time in milliseconds and the last 14 are random (70 bits).
 *
 * <p>Time first so that ids of new rows sort after the existing ones: a B-tree keyed by id (the
 * primary keys of the JDBC store) then appends at its right edge instead of rewriting a random leaf
 * page for every new row, which on H2's append-only MVStore file was most of what the file grew by.
 */
public final class MemoryIds {
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  // the same characters in ascending code order, so that the time part sorts as a string
  private static final char[] TIME_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TIME_CHARS = 10;
  private static final int RANDOM_CHARS = 14;

  private MemoryIds() {}

  public static String memory() {
    return "mem_" + next();
  }

  public static String event() {
    return "evt_" + next();
  }

  public static String task() {
    return "task_" + next();
  }

  /**
   * The time part (the first 10 characters after the prefix) of an id made here; {@code fallback}'s
   * when the id is not one (ids made before ids were time-ordered).
   */
  public static String timePart(String id, String fallback) {
    int start = id.indexOf('_') + 1;
    return id.length() - start == TIME_CHARS + RANDOM_CHARS
        ? id.substring(start, start + TIME_CHARS)
        : fallback.substring(0, TIME_CHARS);
  }

  private static String next() {
    char[] out = new char[TIME_CHARS + RANDOM_CHARS];
    // 50 bits of milliseconds, most significant first (lasts until the year 37648)
    long millis = System.currentTimeMillis();
    for (int i = TIME_CHARS - 1; i >= 0; i--) {
      out[i] = TIME_ALPHABET[(int) (millis & 31)];
      millis >>>= 5;
    }
    for (int i = TIME_CHARS; i < out.length; i++) {
      out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }
}
