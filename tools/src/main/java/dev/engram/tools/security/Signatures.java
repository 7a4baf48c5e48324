package dev.engram.tools.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** ElevenLabs webhook signatures ({@code t=<seconds>,v0=<hex HMAC-SHA256>}), good and bad. */
final class Signatures {
  static final String HEADER = "ElevenLabs-Signature";

  private Signatures() {}

  /** The header (name and value) signing the body now with the secret. */
  static String[] header(String secret, byte[] body) {
    return at(secret, body, Instant.now().getEpochSecond());
  }

  static String[] at(String secret, byte[] body, long seconds) {
    return new String[] {HEADER, "t=" + seconds + ",v0=" + hex(secret, seconds, body)};
  }

  private static String hex(String secret, long seconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((seconds + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
