package dev.engram.sdk.model;

/** What a finished ingestion task did to the user's memories. */
public record TaskCounts(int added, int updated, int reinforced, int deleted, int skipped) {}
