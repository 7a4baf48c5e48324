package dev.engram.sdk.model;

/** What {@code POST /v1/summaries} returns: a summary at once, or a task for callback delivery. */
public sealed interface SummaryResult permits Summary, SummaryAccepted {}
