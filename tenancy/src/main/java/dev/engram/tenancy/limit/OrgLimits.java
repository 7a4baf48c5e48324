package dev.engram.tenancy.limit;

/**
 * The limits in force for an organization: its overrides, else the configured defaults.
 *
 * @param requestsPerSecond all keys of the organization together
 * @param memoriesPerApp active memories per app
 * @param storageMbPerApp MiB of memory text per app
 * @param llmCallsPerDay LLM calls the engines make per UTC day
 */
public record OrgLimits(
    int requestsPerSecond, long memoriesPerApp, long storageMbPerApp, long llmCallsPerDay) {

  public long storageBytesPerApp() {
    return storageMbPerApp * 1024 * 1024;
  }
}
