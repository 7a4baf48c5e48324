package dev.engram.tenancy.limit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Where the token buckets live: in this process, or in Redis so that every instance draws from the
 * same buckets.
 */
interface TokenBuckets {
  /** Takes one token from the bucket of that name, made with the configuration if new. */
  ConsumptionProbe take(String name, BucketConfiguration configuration);

  /** Where the buckets live, for /health and the README ({@code in-process}, {@code redis}). */
  String where();
}
