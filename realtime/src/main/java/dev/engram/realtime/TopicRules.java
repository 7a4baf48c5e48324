package dev.engram.realtime;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Scope;
import dev.engram.tenancy.event.PlatformEvent;
import dev.engram.tenancy.event.Topics;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which topics exist, who may subscribe or publish to them, and which events a subscription gets.
 */
final class TopicRules {
  static final String ALL = "*";
  static final String DIRECT = "direct";
  static final int MAX_TOPICS = 50;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");
  private static final Set<String> PLATFORM =
      Set.of(Topics.MEMORY, Topics.TASKS, Topics.LEARNING, Topics.INSIGHTS);

  private TopicRules() {}

  /** Why the topic cannot be subscribed with this scope; empty when it can. */
  static Optional<String> checkSubscribe(String topic, AppScope scope) {
    if (topic.equals(ALL)) {
      return scope.allows(Scope.MEMORIES_READ) && scope.allows(Scope.ANALYTICS_READ)
          ? Optional.empty()
          : Optional.of("'*' needs the memories:read and analytics:read scopes");
    }
    if (topic.equals(Topics.MEMORY) || topic.equals(Topics.TASKS)) {
      return need(scope, Scope.MEMORIES_READ);
    }
    if (topic.equals(Topics.LEARNING) || topic.equals(Topics.INSIGHTS)) {
      return need(scope, Scope.ANALYTICS_READ);
    }
    if (topic.startsWith(Topics.USER_PREFIX)) {
      return NAME.matcher(topic.substring(Topics.USER_PREFIX.length())).matches()
          ? need(scope, Scope.MEMORIES_READ)
          : Optional.of("a user topic is 'user:<user_id>' with 1-64 of A-Z a-z 0-9 . _ -");
    }
    if (topic.startsWith(Topics.CUSTOM_PREFIX)) {
      return checkCustom(topic);
    }
    return Optional.of(
        "unknown topic; use memory, tasks, learning, insights, user:<user_id>, custom:<name> or *");
  }

  static Optional<String> checkPublish(String topic, AppScope scope) {
    if (!topic.startsWith(Topics.CUSTOM_PREFIX)) {
      return Optional.of("services publish to custom:<name> topics only");
    }
    Optional<String> bad = checkCustom(topic);
    if (bad.isPresent()) {
      return bad;
    }
    return scope.allows(Scope.MEMORIES_WRITE) || scope.allows(Scope.ANALYTICS_WRITE)
        ? Optional.empty()
        : Optional.of("publishing needs a write scope (memories:write or analytics:write)");
  }

  static boolean validServiceId(String serviceId) {
    return serviceId != null && NAME.matcher(serviceId).matches();
  }

  /** Whether an event of the app goes to a subscription of these topics. */
  static boolean matches(Collection<String> topics, PlatformEvent event) {
    if (event.topic().equals(DIRECT) || event.topic().equals(Topics.SYSTEM)) {
      return false;
    }
    if (topics.contains(ALL) || topics.contains(event.topic())) {
      return true;
    }
    Optional<String> user = event.userId();
    return user.isPresent()
        && PLATFORM.contains(event.topic())
        && topics.contains(Topics.USER_PREFIX + user.get());
  }

  private static Optional<String> checkCustom(String topic) {
    return NAME.matcher(topic.substring(Topics.CUSTOM_PREFIX.length())).matches()
        ? Optional.empty()
        : Optional.of("a custom topic is 'custom:<name>' with 1-64 of A-Z a-z 0-9 . _ -");
  }

  private static Optional<String> need(AppScope scope, Scope needed) {
    return scope.allows(needed)
        ? Optional.empty()
        : Optional.of("needs the " + needed.value() + " scope");
  }
}
