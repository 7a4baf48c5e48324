package dev.engram.tenancy.apikey;

/**
 * Told once a key's revocation (or rotation, which revokes the old key) has committed: the realtime
 * gateway closes the connections opened with it.
 */
public interface ApiKeyListener {
  void keyRevoked(ApiKey key);
}
