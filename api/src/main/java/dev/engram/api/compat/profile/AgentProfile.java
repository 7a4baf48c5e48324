package dev.engram.api.compat.profile;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an agent keeps about one caller: free profile data that lives until {@code expiresAt}.
 *
 * @param agentId the agent (the memories' {@code agent_id})
 * @param callerId the caller (the memories' {@code user_id})
 * @param profileData free JSON object
 * @param createdAt first write of this agent and caller (kept across updates while not expired)
 * @param updatedAt last write
 * @param expiresAt after it the profile is gone
 */
public record AgentProfile(
    String agentId,
    String callerId,
    Map<String, Object> profileData,
    Instant createdAt,
    Instant updatedAt,
    Instant expiresAt) {
  public AgentProfile {
    Objects.requireNonNull(agentId, "agentId is null");
    Objects.requireNonNull(callerId, "callerId is null");
    profileData =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(profileData, "profileData is null")));
    Objects.requireNonNull(createdAt, "createdAt is null");
    Objects.requireNonNull(updatedAt, "updatedAt is null");
    Objects.requireNonNull(expiresAt, "expiresAt is null");
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
