package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Where the files of a run go. */
public sealed interface Destination {
  /** {@code directory}, {@code email}, {@code webhook} or {@code s3}. */
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

  /**
   * A bucket of an S3-compatible object store: each file is put at {@code <prefix>/<tick>_<run
   * id>/<file name>}, signed (AWS Signature V4) with the access key.
   *
   * @param endpoint the store's base URL ({@code https://s3.eu-west-3.amazonaws.com}, {@code
   *     https://minio.example.com:9000})
   * @param prefix key prefix without leading or trailing slash; empty: the bucket's root
   * @param pathStyle {@code <endpoint>/<bucket>/<key>} rather than {@code <bucket>.<host>/<key>}
   */
  record S3(
      URI endpoint,
      String bucket,
      String prefix,
      String region,
      String accessKeyId,
      String secretAccessKey,
      boolean pathStyle)
      implements Destination {
    public S3 {
      requireNonNull(endpoint, "endpoint is null");
      requireNonNull(bucket, "bucket is null");
      requireNonNull(prefix, "prefix is null");
      requireNonNull(region, "region is null");
      requireNonNull(accessKeyId, "accessKeyId is null");
      requireNonNull(secretAccessKey, "secretAccessKey is null");
    }

    @Override
    public String type() {
      return "s3";
    }

    @Override
    public String target() {
      return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix) + " at " + endpoint;
    }

    @Override
    public String toString() {
      return "S3[" + target() + ", region=" + region + ", pathStyle=" + pathStyle + "]";
    }
  }
}
