package dev.engram.tenancy.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Makes and hashes key secrets. A key is {@code eng_} plus 40 base62 characters (~238 bits), so a
 * plain SHA-256 is a safe hash for it and lets a request find its key by hash.
 */
final class ApiKeySecrets {
  static final String PREFIX = "eng_";
  static final int DISPLAY_PREFIX_LENGTH = PREFIX.length() + 8;
  private static final int RANDOM_LENGTH = 40;
  private static final char[] BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeySecrets() {}

  static String newKey() {
    StringBuilder key = new StringBuilder(PREFIX.length() + RANDOM_LENGTH).append(PREFIX);
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      key.append(BASE62[RANDOM.nextInt(BASE62.length)]);
    }
    return key.toString();
  }

  /** Whether the text has the shape of an Engram key (cheap check before any lookup). */
  static boolean looksLikeKey(String text) {
    if (text.length() != PREFIX.length() + RANDOM_LENGTH || !text.startsWith(PREFIX)) {
      return false;
    }
    for (int i = PREFIX.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  static String hash(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
