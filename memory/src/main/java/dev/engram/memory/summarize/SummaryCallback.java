package dev.engram.memory.summarize;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Message;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A summary to compute in the background and POST to the caller: everything a job needs, already
 * validated (the URL passed the SSRF guard, the headers were checked).
 *
 * @param taskId the id the caller got back with 202
 * @param appId whose request it is
 * @param userId the user the messages belong to
 * @param sessionId the caller's session, if any
 * @param messages what to summarize, each with an id
 * @param callbackUrl where to POST the summary
 * @param headers extra headers sent with it
 */
public record SummaryCallback(
    String taskId,
    String appId,
    String userId,
    @Nullable String sessionId,
    List<Message> messages,
    URI callbackUrl,
    Map<String, String> headers) {
  public SummaryCallback {
    requireNonNull(taskId, "taskId is null");
    requireNonNull(appId, "appId is null");
    requireNonNull(userId, "userId is null");
    messages = List.copyOf(requireNonNull(messages, "messages is null"));
    requireNonNull(callbackUrl, "callbackUrl is null");
    headers = Map.copyOf(requireNonNull(headers, "headers is null"));
  }
}
