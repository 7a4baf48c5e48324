package dev.engram.api.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Recording of the console API's rejections by the security layer (401 without valid credentials,
 * 403 for a role that may not call the route) in the audit log, with per-minute caps so that a
 * flood cannot fill the log. Counted per instance.
 *
 * @param enabled whether such rejections are recorded at all
 * @param perAddress rejections recorded per client address per minute; past it, one {@code
 *     access_denied.suppressed} event names the address and the rest of that minute is not recorded
 * @param perMinute rejections recorded per minute from all addresses together (suppression events
 *     included); past it, one {@code access_denied.suppressed} event and nothing more that minute
 */
@ConfigurationProperties("engram.audit.denials")
record DenialAuditConfiguration(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "20") int perAddress,
    @Bindable(defaultValue = "300") int perMinute) {}
