package dev.engram.memory.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackUrlsTest {
  /** A fixed DNS: names map to addresses; the rest do not resolve. */
  private final Map<String, String> dns =
      new HashMap<>(Map.of("hooks.example.com", "93.184.215.14"));

  private final CallbackUrls.Resolver resolver =
      host -> {
        String address = dns.get(host);
        if (address == null) {
          if (host.matches("[0-9a-fA-F:.]+")) {
            return new InetAddress[] {InetAddress.getByName(host)};
          }
          throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
      };

  private final CallbackUrls guard = new CallbackUrls(CallbackConfiguration.defaults(), resolver);

  private static CallbackConfiguration config(boolean allowPrivate, List<String> hosts) {
    return new CallbackConfiguration(
        allowPrivate, hosts, 3, Duration.ofMillis(1), Duration.ofSeconds(1), 20);
  }

  private void assertRefused(String url, String reason) {
    assertThatThrownBy(() -> guard.check(url))
        .as(url)
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> {
              assertThat(e.code()).isEqualTo(MemoryErrorCode.INVALID_CALLBACK_URL);
              assertThat(e.field()).contains("callback_url");
            })
        .hasMessageContaining(reason);
  }

  @Test
  void acceptsPublicHttpAndHttpsUrls() {
    assertThat(guard.check("https://hooks.example.com/engram?x=1"))
        .isEqualTo(URI.create("https://hooks.example.com/engram?x=1"));
    assertThat(guard.check("http://93.184.215.14:8080/cb")).hasHost("93.184.215.14");
    assertThat(guard.check("https://[2606:4700:4700::1111]/cb")).hasPort(-1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://hooks.example.com/x",
        "file:///etc/passwd",
        "gopher://x/",
        "javascript:alert(1)",
        "hooks.example.com/x",
        "//hooks.example.com/x"
      })
  void refusesOtherSchemes(String url) {
    assertRefused(url, "must be an http or https URL");
  }

  @Test
  void refusesUserInfoMissingHostsAndJunk() {
    assertRefused("https://user:pw@hooks.example.com/x", "user info");
    assertRefused("https://hooks.example.com@127.0.0.1/x", "user info");
    assertRefused("http:///path", "host");
    assertRefused("http://exa mple.com/", "not a valid URL");
    assertRefused("", "is required");
    assertRefused(null, "is required");
    assertRefused("https://hooks.example.com/" + "a".repeat(3000), "at most");
    assertRefused("https://nowhere.invalid/x", "does not resolve");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/",
        "http://127.1.2.3:9000/",
        "http://localhost/",
        "http://0.0.0.0/",
        "http://0/",
        "http://10.1.2.3/",
        "http://172.16.0.1/",
        "http://172.31.255.255/",
        "http://192.168.1.10/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://100.127.255.254/",
        "http://224.0.0.1/",
        "http://239.255.255.250/",
        "http://255.255.255.255/",
        "http://240.0.0.1/",
        "http://198.18.0.1/",
        "http://192.0.0.8/"
      })
  void refusesInternalIpv4Addresses(String url) {
    dns.put("localhost", "127.0.0.1");
    assertRefused(url, "host ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[febf::1]/",
        "http://[fc00::1]/",
        "http://[fd12:3456:789a::1]/",
        "http://[fec0::1]/",
        "http://[ff02::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[::127.0.0.1]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:c0a8:0101::1]/"
      })
  void refusesInternalIpv6Addresses(String url) {
    assertRefused(url, "host ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://2130706433/",
        "http://0x7f.1/",
        "http://0x7f000001/",
        "http://0177.0.0.1/",
        "http://127.1/",
        "http://127.0.1/",
        "http://017700000001/",
        "http://0xA9.0xFE.0xA9.0xFE/",
        "http://2852039166/",
        "http://0xa.0x1/",
        "http://127.0.0.1./"
      })
  void refusesNumericTricks(String url) {
    assertRefused(url, "host ");
  }

  @Test
  void readsNumericHostsTheWayCResolversDo() throws Exception {
    assertThat(CallbackUrls.numericIpv4("2130706433")).contains(InetAddress.getByName("127.0.0.1"));
    assertThat(CallbackUrls.numericIpv4("0x7f.1")).contains(InetAddress.getByName("127.0.0.1"));
    assertThat(CallbackUrls.numericIpv4("0177.0.0.01"))
        .contains(InetAddress.getByName("127.0.0.1"));
    assertThat(CallbackUrls.numericIpv4("10.258")).contains(InetAddress.getByName("10.0.1.2"));
    assertThat(CallbackUrls.numericIpv4("256.1.1.1")).isEmpty();
    assertThat(CallbackUrls.numericIpv4("1.2.3.4.5")).isEmpty();
    assertThat(CallbackUrls.numericIpv4("4294967296")).isEmpty();
    assertThat(CallbackUrls.numericIpv4("08.0.0.1")).isEmpty();
  }

  @Test
  void refusesANameResolvingInside() {
    dns.put("internal.example.com", "10.0.0.7");
    assertRefused("https://internal.example.com/hook", "resolves to 10.0.0.7");
  }

  @Test
  void recheckCatchesANameThatStartsResolvingInside() {
    dns.put("rebind.example.com", "93.184.215.14");
    URI url = guard.check("https://rebind.example.com/hook");

    dns.put("rebind.example.com", "169.254.169.254");

    assertThat(guard.recheck(url)).hasValueSatisfying(r -> assertThat(r).contains("link-local"));
  }

  @Test
  void configurationMayAllowPrivateNetworksOrSingleHosts() {
    dns.put("relay.internal", "10.0.0.9");
    CallbackUrls open = new CallbackUrls(config(true, List.of()), resolver);
    assertThat(open.check("http://127.0.0.1:8080/cb")).hasPort(8080);
    assertThat(open.check("http://relay.internal/cb")).hasHost("relay.internal");
    assertThatThrownBy(() -> open.check("ftp://127.0.0.1/")).isInstanceOf(MemoryException.class);

    CallbackUrls oneHost = new CallbackUrls(config(false, List.of("Relay.Internal")), resolver);
    assertThat(oneHost.check("http://relay.internal/cb")).hasHost("relay.internal");
    assertThatThrownBy(() -> oneHost.check("http://127.0.0.1/"))
        .isInstanceOf(MemoryException.class);
  }
}
