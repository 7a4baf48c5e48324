package dev.engram.memory;

import java.security.SecureRandom;

/** Ids of memories, events and tasks: a prefix and 24 random lower-case base32 characters. */
public final class MemoryIds {
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private MemoryIds() {}

  public static String memory() {
    return "mem_" + random();
  }

  public static String event() {
    return "evt_" + random();
  }

  public static String task() {
    return "task_" + random();
  }

  private static String random() {
    char[] out = new char[24];
    for (int i = 0; i < out.length; i++) {
      out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }
}
