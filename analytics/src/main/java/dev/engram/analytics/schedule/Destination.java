package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Where the files of a run go. */
public sealed interface Destination {
  /** {@code directory}, {@code email} or {@code webhook}. */
  String type();

  /** The target as shown in run records: never a secret. */
  String target();

  /**
   * A directory under the reports directory ({@code engram.reports.directory}): {@code path} is
   * relative to {@code <reports directory>/<org id>/}.
   */
  record Directory(String path) implements Destination {
    public Directory {
      requireNonNull(path, "path is null");
    }

    @Override
    public String type() {
      return "directory";
    }

    @Override
    public String target() {
      return path;
    }
  }

  /** An e-mail with the files attached, through the configured SMTP server. */
  record Email(List<String> to, Optional<String> subject) implements Destination {
    public Email {
      to = List.copyOf(to);
      requireNonNull(subject, "subject is null");
    }

    @Override
    public String type() {
      return "email";
    }

    @Override
    public String target() {
      return String.join(", ", to);
    }
  }

  /** A signed HTTP POST (HMAC-SHA256 with the secret). */
  record Webhook(URI url, String secret) implements Destination {
    public Webhook {
      requireNonNull(url, "url is null");
      requireNonNull(secret, "secret is null");
    }

    @Override
    public String type() {
      return "webhook";
    }

    @Override
    public String target() {
      return url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath();
    }
  }
}
