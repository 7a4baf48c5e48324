package dev.engram.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.Optional;

/**
 * Which part of a request the HTTP decoder found too long. Micronaut answers every decoder overflow
 * with 413; a request line over the limit is a URL too long (414), headers over it are 431.
 */
enum TooLong {
  URI(HttpStatus.REQUEST_URI_TOO_LONG),
  HEADERS(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);

  private final HttpStatus status;

  TooLong(HttpStatus status) {
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }

  static Optional<TooLong> of(HttpRequest<?> request) {
    if (!(request instanceof NettyHttpRequest<?> netty)) {
      return Optional.empty();
    }
    Throwable cause = netty.getNativeRequest().decoderResult().cause();
    if (cause instanceof TooLongHttpLineException) {
      return Optional.of(URI);
    }
    if (cause instanceof TooLongHttpHeaderException) {
      return Optional.of(HEADERS);
    }
    return Optional.empty();
  }
}
