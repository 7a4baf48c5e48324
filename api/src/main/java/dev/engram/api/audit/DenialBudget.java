package dev.engram.api.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * How many security rejections the audit log takes in the current minute: {@code perAddress} per
 * client address and {@code perMinute} in all; the first rejection over a cap is turned into one
 * suppression event, later ones are dropped until the next minute. At most {@code perMinute + 1}
 * events per minute whatever the flood, and a bounded number of addresses remembered.
 */
final class DenialBudget {
  /** What to do with one rejection. */
  enum Verdict {
    RECORD,
    SUPPRESS_ADDRESS,
    SUPPRESS_ALL,
    DROP
  }

  private final int perAddress;
  private final int perMinute;
  private final Clock clock;
  private final Map<String, Integer> byAddress = new HashMap<>();
  private long minute = Long.MIN_VALUE;
  private int total;
  private boolean allSuppressed;

  DenialBudget(int perAddress, int perMinute, Clock clock) {
    this.perAddress = perAddress;
    this.perMinute = perMinute;
    this.clock = clock;
  }

  synchronized Verdict take(String address) {
    long now = clock.millis() / 60_000;
    if (now != minute) {
      minute = now;
      total = 0;
      allSuppressed = false;
      byAddress.clear();
    }
    if (total >= perMinute) {
      if (allSuppressed) {
        return Verdict.DROP;
      }
      allSuppressed = true;
      return Verdict.SUPPRESS_ALL;
    }
    // addresses seen this minute stay under perMinute + 1, since each costs at least one event
    int seen = byAddress.merge(address, 1, Integer::sum);
    if (seen > perAddress + 1) {
      return Verdict.DROP;
    }
    total++;
    return seen <= perAddress ? Verdict.RECORD : Verdict.SUPPRESS_ADDRESS;
  }
}
