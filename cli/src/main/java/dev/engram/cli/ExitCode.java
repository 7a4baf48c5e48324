package dev.engram.cli;

import dev.engram.sdk.AuthenticationException;
import dev.engram.sdk.EngramConnectionException;
import dev.engram.sdk.EngramTimeoutException;
import dev.engram.sdk.NotFoundException;
import dev.engram.sdk.PermissionDeniedException;
import dev.engram.sdk.ServerException;

/** The exit codes scripts can rely on (cli/README.md § Exit codes). */
final class ExitCode {
  /** The command did what it was asked. */
  static final int OK = 0;

  /** The API refused the request (invalid input, conflict, rate limit) or a file was unreadable. */
  static final int FAILED = 1;

  /** The command line was wrong: unknown command or option, missing argument. */
  static final int USAGE = 2;

  /** No such memory, task or profile; {@code daemon status}: the server is not running. */
  static final int NOT_FOUND = 3;

  /** No API key, or the key is unknown, revoked or lacks the scope. */
  static final int AUTH = 4;

  /** The server failed (5xx), is unhealthy, or could not be reached in time. */
  static final int UNAVAILABLE = 5;

  private ExitCode() {}

  static int of(Throwable error) {
    if (error instanceof NotFoundException) {
      return NOT_FOUND;
    }
    if (error instanceof AuthenticationException
        || error instanceof PermissionDeniedException
        || error instanceof MissingKeyException) {
      return AUTH;
    }
    if (error instanceof ServerException
        || error instanceof EngramConnectionException
        || error instanceof EngramTimeoutException) {
      return UNAVAILABLE;
    }
    return FAILED;
  }

  /** A failure the CLI itself reports (unreadable file, bad input), with its exit code. */
  static class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
      super(message);
    }
  }

  /** A command that needs an API key found none. */
  static final class MissingKeyException extends CliException {
    private static final long serialVersionUID = 1L;

    MissingKeyException() {
      super(
          "no API key: set ENGRAM_API_KEY, pass --api-key, or put api_key=… in"
              + " ~/.engram/cli.properties");
    }
  }
}
