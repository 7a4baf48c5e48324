package dev.engram.api.v1;

/**
 * Example answers of the main native operations, shown in the OpenAPI document; {@code
 * OpenApiDocumentIT} checks each against its response schema (required keys, no unknown keys,
 * types).
 */
final class ResponseExamples {
  private static final String MEMORY =
      "{\"id\":\"mem_6k3q2x7b9ahf4d2kq8zr5tnw\",\"user_id\":\"alice\",\"session_id\":\"s1\",\"agent_id\":null,"
          + "\"run_id\":null,\"type\":\"semantic\",\"content\":\"Alice prefers express shipping\","
          + "\"context\":null,\"category\":\"shopping\",\"tags\":[\"shipping\"],\"importance\":7,"
          + "\"metadata\":{},\"status\":\"active\",\"previous_id\":null,\"next_id\":null,"
          + "\"reinforcement_count\":0,\"last_reinforced_at\":null,\"access_count\":1,"
          + "\"last_accessed_at\":\"2026-12-03T10:15:02Z\",\"valid_from\":null,\"valid_to\":null,"
          + "\"expires_at\":null,\"sources\":[{\"conversation_id\":\"c1\",\"message_ids\":[\"m4\"]}],"
          + "\"embedding_model\":\"all-MiniLM-L6-v2\",\"created_at\":\"2026-12-03T10:15:00Z\","
          + "\"updated_at\":\"2026-12-03T10:15:00Z\",\"version\":1}";

  private static final String HIT =
      "{\"memory\":"
          + MEMORY
          + ",\"relevance\":0.83,\"composite_score\":0.91,\"components\":{\"similarity\":0.79,"
          + "\"keyword\":0.5,\"recency_boost\":0.05,\"importance_boost\":0.04,"
          + "\"reinforcement_boost\":0.0,\"access_boost\":0.01,\"feedback_boost\":0.0,"
          + "\"retention\":0.99}}";

  static final String ADDED =
      "{\"ids\":[\"mem_6k3q2x7b9ahf4d2kq8zr5tnw\"],\"memories\":["
          + MEMORY
          + "],\"results\":[{\"action\":\"add\",\"memory_id\":\"mem_6k3q2x7b9ahf4d2kq8zr5tnw\","
          + "\"target_id\":null,\"reason\":\"new information\",\"engine\":\"rules\"}]}";

  static final String MEMORY_VIEW = MEMORY;

  static final String PAGE =
      "{\"memories\":[" + MEMORY + "],\"total\":1,\"limit\":50,\"offset\":0,\"next_cursor\":null}";

  static final String SEARCH =
      "{\"results\":["
          + HIT
          + "],\"candidates\":12,\"search_time_ms\":8.4,\"timings\":{\"embed_ms\":3.1,"
          + "\"vector_ms\":2.2,\"keyword_ms\":1.4,\"fetch_ms\":0.9}}";

  static final String QUEUED =
      "{\"task_id\":\"task_6k3q2x7c1mzq7p4vb2ke9xja\",\"status\":\"queued\"}";

  static final String TASK =
      "{\"id\":\"task_6k3q2x7c1mzq7p4vb2ke9xja\",\"kind\":\"conversation\",\"status\":\"succeeded\","
          + "\"counts\":{\"added\":3,\"updated\":1,\"reinforced\":0,\"deleted\":0,\"skipped\":2},"
          + "\"errors\":[],\"attempts\":1,\"created_at\":\"2026-12-03T10:15:00Z\","
          + "\"started_at\":\"2026-12-03T10:15:00Z\",\"finished_at\":\"2026-12-03T10:15:01Z\","
          + "\"result\":null}";

  static final String ANSWER =
      "{\"answer\":\"Alice prefers express shipping.\",\"engine\":\"rules\",\"note\":null,"
          + "\"cited_ids\":[\"mem_6k3q2x7b9ahf4d2kq8zr5tnw\"],\"memories\":["
          + HIT
          + "]}";

  private ResponseExamples() {}
}
