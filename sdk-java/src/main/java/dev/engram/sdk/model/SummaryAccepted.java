package dev.engram.sdk.model;

/** A summary accepted for callback delivery: the full summary is POSTed to the callback URL. */
public record SummaryAccepted(String taskId, String status) implements SummaryResult {}
