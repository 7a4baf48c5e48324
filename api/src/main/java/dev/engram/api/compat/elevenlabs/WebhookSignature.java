package dev.engram.api.compat.elevenlabs;

import dev.engram.api.compat.CompatException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks ElevenLabs' webhook signature: header {@code ElevenLabs-Signature: t=<unix
 * seconds>,v0=<hex>} with hex = HMAC-SHA256(secret, {@code <t>.<raw body bytes>}), compared in
 * constant time. Timestamps older than 30 minutes or more than 5 minutes ahead are refused, and so
 * is a signature seen before within that window (replay; remembered per instance). ElevenLabs' own
 * SDK has no upper bound and no replay check: Engram is stricter there on purpose.
 */
@Singleton
final class WebhookSignature {
  static final String HEADER = "ElevenLabs-Signature";
  static final Duration MAX_AGE = Duration.ofMinutes(30);
  static final Duration MAX_AHEAD = Duration.ofMinutes(5);
  private static final int MAX_REMEMBERED = 100_000;
  private static final java.util.regex.Pattern LOWER_HEX =
      java.util.regex.Pattern.compile("[0-9a-f]{64}");

  private final Clock clock;
  private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();

  WebhookSignature(Clock clock) {
    this.clock = clock;
  }

  void verify(String appId, String secret, @Nullable String header, byte[] body) {
    if (header == null || header.isBlank()) {
      throw refused("missing_signature", "the ElevenLabs-Signature header is missing");
    }
    Long timestamp = null;
    String signature = null;
    for (String part : header.split(",")) {
      String p = part.strip();
      if (p.startsWith("t=")) {
        try {
          timestamp = Long.parseLong(p.substring(2));
        } catch (NumberFormatException e) {
          throw refused("invalid_signature", "ElevenLabs-Signature: t must be unix seconds");
        }
      } else if (p.startsWith("v0=")) {
        signature = p.substring(3);
      }
    }
    if (timestamp == null || signature == null || signature.isEmpty()) {
      throw refused("invalid_signature", "ElevenLabs-Signature must be t=<seconds>,v0=<hex>");
    }
    long now = clock.instant().getEpochSecond();
    if (timestamp < now - MAX_AGE.toSeconds()) {
      throw refused("stale_signature", "the signature timestamp is older than 30 minutes");
    }
    if (timestamp > now + MAX_AHEAD.toSeconds()) {
      throw refused("future_signature", "the signature timestamp is more than 5 minutes ahead");
    }
    byte[] expected = hmac(secret, timestamp, body);
    // lower-case hex, as ElevenLabs sends and its SDK compares it
    if (!LOWER_HEX.matcher(signature).matches()) {
      throw refused("invalid_signature", "the signature does not match");
    }
    byte[] given = HexFormat.of().parseHex(signature);
    if (!MessageDigest.isEqual(expected, given)) {
      throw refused("invalid_signature", "the signature does not match");
    }
    String key = appId + ":" + timestamp + ":" + signature;
    if (seen.size() >= MAX_REMEMBERED) {
      seen.values().removeIf(t -> t < now - MAX_AGE.toSeconds());
    }
    if (seen.putIfAbsent(key, timestamp) != null) {
      throw refused("replayed_signature", "this signature was already used");
    }
  }

  /** The hex signature of a body at a time (for tests and the benchmark). */
  static String sign(String secret, long timestamp, byte[] body) {
    return "t=" + timestamp + ",v0=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
  }

  private static byte[] hmac(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static CompatException refused(String code, String message) {
    return new CompatException(401, code, message, HEADER);
  }
}
