package dev.engram.tenancy.apikey;

import static java.util.Objects.requireNonNull;

/** A freshly created key: the only moment its plaintext exists outside the caller. */
public record IssuedApiKey(ApiKey key, String plaintext) {
  public IssuedApiKey {
    requireNonNull(key, "key is null");
    requireNonNull(plaintext, "plaintext is null");
  }

  @Override
  public String toString() {
    return "IssuedApiKey[" + key.id() + ", " + key.prefix() + "…]";
  }
}
