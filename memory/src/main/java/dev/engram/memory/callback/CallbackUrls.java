package dev.engram.memory.callback;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SSRF guard of callback URLs. A URL is refused unless it is absolute {@code http} or {@code
 * https}, has a host and no user info, and every address its host is or resolves to is public: not
 * loopback, private (10/8, 172.16/12, 192.168/16), link-local (169.254/16 with the cloud metadata
 * address, fe80::/10), unique-local (fc00::/7), site-local (fec0::/10), any-local or "this network"
 * (0/8, ::), multicast, CGNAT (100.64/10), benchmarking (198.18/15), IETF (192.0.0/24) or reserved
 * (240/4, broadcast), nor an IPv6 form embedding such an IPv4 address (IPv4-mapped,
 * IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16). Numeric hosts are read the way C resolvers
 * read them ({@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1} are all 127.0.0.1).
 * Configuration may allow private networks, or single hosts.
 *
 * <p>Callers check once when a URL is accepted and again right before every delivery attempt
 * ({@link #recheck}), so that a name which later resolves inside (DNS rebinding) is refused. The
 * JVM caches successful look-ups (30 s by default), so the HTTP client's own look-up right after
 * the re-check gets the addresses just vetted.
 */
@Singleton
public final class CallbackUrls {
  static final int MAX_LENGTH = 2048;
  private static final Pattern NUMERIC_PART = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");

  /** Resolves host names; tests substitute a fixed table. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final CallbackConfiguration config;
  private final Resolver resolver;

  @Inject
  public CallbackUrls(CallbackConfiguration config) {
    this(config, InetAddress::getAllByName);
  }

  CallbackUrls(CallbackConfiguration config, Resolver resolver) {
    this.config = requireNonNull(config, "config is null");
    this.resolver = requireNonNull(resolver, "resolver is null");
  }

  /**
   * The URL if it may be called back, else {@code invalid_callback_url} naming {@code
   * callback_url}.
   */
  public URI check(@Nullable String url) {
    if (url == null || url.isBlank()) {
      throw refused("is required");
    }
    if (url.length() > MAX_LENGTH) {
      throw refused("must be at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw refused("is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused("must be an http or https URL");
    }
    if (uri.getRawUserInfo() != null
        || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
      throw refused("must not contain user info");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw refused("must have a host name or address");
    }
    recheck(uri)
        .ifPresent(
            reason -> {
              throw refused(reason);
            });
    return uri;
  }

  /**
   * Why the URL's host may not be called now, if it may not: resolves the host again and checks
   * every address. Empty when the call may go ahead.
   */
  public Optional<String> recheck(URI uri) {
    String host = host(uri);
    if (config.allowPrivateNetworks() || config.allowedHosts().contains(host)) {
      return Optional.empty();
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (looksNumeric(name)) {
      Optional<InetAddress> numeric = numericIpv4(name);
      if (numeric.isEmpty()) {
        return Optional.of("host " + host + " is not a valid IPv4 address");
      }
      Optional<String> reason = blocked(numeric.get());
      if (reason.isPresent()) {
        return Optional.of("host " + host + " is " + reason.get());
      }
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(name);
    } catch (UnknownHostException e) {
      return Optional.of("host " + host + " does not resolve");
    }
    for (InetAddress address : addresses) {
      Optional<String> reason = blocked(address);
      if (reason.isPresent()) {
        return Optional.of(
            "host " + host + " resolves to " + address.getHostAddress() + ", " + reason.get());
      }
    }
    return Optional.empty();
  }

  /** The host in lower case, without the brackets of an IPv6 literal. */
  static String host(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** What kind of internal address this is, if it is one. */
  static Optional<String> blocked(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return blockedIpv4(b);
    }
    if (address instanceof Inet6Address) {
      Optional<byte[]> embedded = embeddedIpv4(b);
      if (embedded.isPresent()) {
        return blockedIpv4(embedded.get()).map(r -> r + " (embedded in an IPv6 address)");
      }
      if (address.isAnyLocalAddress()) {
        return Optional.of("the any-local address");
      }
      if (address.isLoopbackAddress()) {
        return Optional.of("a loopback address");
      }
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
        return Optional.of("a link-local address (fe80::/10)");
      }
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
        return Optional.of("a site-local address (fec0::/10)");
      }
      if ((b[0] & 0xfe) == 0xfc) {
        return Optional.of("a unique-local address (fc00::/7)");
      }
      if ((b[0] & 0xff) == 0xff) {
        return Optional.of("a multicast address");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> blockedIpv4(byte[] b) {
    int a = b[0] & 0xff;
    int c = b[1] & 0xff;
    if (a == 0) {
      return Optional.of("a \"this network\" address (0.0.0.0/8)");
    }
    if (a == 127) {
      return Optional.of("a loopback address (127.0.0.0/8)");
    }
    if (a == 10 || (a == 172 && c >= 16 && c <= 31) || (a == 192 && c == 168)) {
      return Optional.of("a private address");
    }
    if (a == 169 && c == 254) {
      return Optional.of("a link-local address (169.254.0.0/16, cloud metadata)");
    }
    if (a == 100 && c >= 64 && c <= 127) {
      return Optional.of("a shared CGNAT address (100.64.0.0/10)");
    }
    if (a == 198 && (c == 18 || c == 19)) {
      return Optional.of("a benchmarking address (198.18.0.0/15)");
    }
    if (a == 192 && c == 0 && (b[2] & 0xff) == 0) {
      return Optional.of("an IETF protocol address (192.0.0.0/24)");
    }
    if (a >= 224 && a <= 239) {
      return Optional.of("a multicast address");
    }
    if (a >= 240) {
      return Optional.of("a reserved or broadcast address (240.0.0.0/4)");
    }
    return Optional.empty();
  }

  /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
  private static Optional<byte[]> embeddedIpv4(byte[] b) {
    boolean zeroPrefix = allZero(b, 0, 10);
    if (zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    if (zeroPrefix && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 15)) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    if ((b[0] & 0xff) == 0x00
        && (b[1] & 0xff) == 0x64
        && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b
        && allZero(b, 4, 12)) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return Optional.of(Arrays.copyOfRange(b, 2, 6));
    }
    return Optional.empty();
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** Every dot-separated part is a number (decimal, octal or hex): an IPv4 address for C. */
  private static boolean looksNumeric(String host) {
    List<String> parts = Arrays.asList(host.split("\\.", -1));
    return !host.isEmpty() && parts.stream().allMatch(p -> NUMERIC_PART.matcher(p).matches());
  }

  /**
   * Reads an IPv4 address as {@code inet_aton} does: one to four parts, each decimal, octal
   * (leading 0) or hex (0x); the last part fills the remaining bytes.
   */
  static Optional<InetAddress> numericIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length > 4) {
      return Optional.empty();
    }
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      try {
        if (p.startsWith("0x") || p.startsWith("0X")) {
          values[i] = p.length() == 2 ? 0 : Long.parseLong(p.substring(2), 16);
        } else if (p.length() > 1 && p.startsWith("0")) {
          values[i] = Long.parseLong(p.substring(1), 8);
        } else {
          values[i] = Long.parseLong(p);
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    long address = 0;
    for (int i = 0; i < values.length - 1; i++) {
      if (values[i] > 0xff) {
        return Optional.empty();
      }
      address |= values[i] << (8 * (3 - i));
    }
    long last = values[values.length - 1];
    if (last >= 1L << (8 * (4 - (values.length - 1)))) {
      return Optional.empty();
    }
    address |= last;
    byte[] bytes = {
      (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
    };
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static MemoryException refused(String reason) {
    return new MemoryException(
        MemoryErrorCode.INVALID_CALLBACK_URL, "callback_url: " + reason, "callback_url", null);
  }
}
