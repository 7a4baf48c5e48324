package dev.engram.tenancy.event;

/** The topics of platform events. */
public final class Topics {
  /** Memory writes and decisions: add, update, reinforce, delete, expire, skip. */
  public static final String MEMORY = "memory";

  /** Background tasks (conversation ingestion, summaries) that completed or failed. */
  public static final String TASKS = "tasks";

  /** Learning events and feedback recorded by tenant code. */
  public static final String LEARNING = "learning";

  /** Analytics insights (anomalies, opportunities). */
  public static final String INSIGHTS = "insights";

  /** Prefix of topics that services publish to themselves ({@code custom:deploys}). */
  public static final String CUSTOM_PREFIX = "custom:";

  /** Prefix of a subscription to one end user's events ({@code user:alice}). */
  public static final String USER_PREFIX = "user:";

  /**
   * Control messages between instances (an API key revoked, an app deleted): never delivered to
   * subscribers. Their {@code ids} name the key or app.
   */
  public static final String SYSTEM = "$system";

  public static final String KEY_REVOKED = "key.revoked";
  public static final String APP_DELETED = "app.deleted";

  private Topics() {}
}
