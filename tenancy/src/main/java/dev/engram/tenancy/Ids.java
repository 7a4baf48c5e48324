package dev.engram.tenancy;

import java.security.SecureRandom;

/**
 * Random identifiers with a readable prefix ({@code app_k3j…}). Lower-case base32 only, so an app
 * id is safe inside a MongoDB collection name or a file name.
 */
public final class Ids {
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /** A new id such as {@code org_5tq2…}: the prefix, an underscore and 20 random characters. */
  public static String newId(String prefix) {
    return prefix + "_" + random(20);
  }

  static String random(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }
}
