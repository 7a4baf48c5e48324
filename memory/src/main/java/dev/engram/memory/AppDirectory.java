package dev.engram.memory;

import java.util.List;

/**
 * The apps that exist, for background work that visits every app (expiry, index catch-up). The
 * application provides it from the tenancy module; the engine does not know tenancy.
 */
public interface AppDirectory {
  List<String> appIds();
}
