package dev.engram.memory.index.atlas;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Pure builders of the Atlas Vector Search and Atlas Search pipelines and index definitions over
 * the MongoDB store's {@code memories_<appId>} documents (fields {@code user_id}, {@code
 * session_id}, {@code agent_id}, {@code run_id}, {@code type}, {@code category}, {@code tags},
 * {@code importance}, {@code status}, {@code created_at}, {@code valid_from}, {@code valid_to} as
 * epoch microseconds or null, {@code content}, {@code context}, {@code embedding}). Filters follow
 * {@link MemoryFilter#matches}; metadata and expiry are re-checked by the caller against the store.
 */
final class AtlasQueries {
  static final String VECTOR_INDEX = "engram_vector";
  static final String SEARCH_INDEX = "engram_text";
  static final String SCORE = "score";

  /**
   * The text fields of a memory document: its content and its context, kept apart by the store as
   * the memory's retrieval text ({@code Memory#retrievalText}) joins them. A successor's context
   * names the statement it replaced, so both must be searched.
   */
  static final List<String> TEXT_FIELDS = List.of("content", "context");

  /** Filter fields of the vector index: every indexable {@link MemoryFilter} field. */
  static final List<String> FILTER_FIELDS =
      List.of(
          "user_id",
          "session_id",
          "agent_id",
          "run_id",
          "type",
          "category",
          "tags",
          "status",
          "importance",
          "created_at",
          "valid_from",
          "valid_to");

  private static final List<String> TOKEN_FIELDS =
      List.of("user_id", "session_id", "agent_id", "run_id", "type", "category", "tags", "status");

  private AtlasQueries() {}

  static String collection(String appId) {
    return "memories_" + appId;
  }

  /** Candidates Atlas considers before keeping {@code k}: plenty for recall, as Atlas advises. */
  static int numCandidates(int k) {
    return Math.min(10_000, Math.max(10 * k, 100));
  }

  static List<Document> vectorSearch(float[] vector, MemoryFilter filter, int k) {
    List<Double> queryVector = new ArrayList<>(vector.length);
    for (float v : vector) {
      queryVector.add((double) v);
    }
    Document stage =
        new Document("index", VECTOR_INDEX)
            .append("path", "embedding")
            .append("queryVector", queryVector)
            .append("numCandidates", numCandidates(k))
            .append("limit", k)
            .append("filter", vectorFilter(filter));
    return List.of(
        new Document("$vectorSearch", stage),
        new Document("$project", new Document("_id", 1).append(SCORE, meta("vectorSearchScore"))));
  }

  static List<Document> keywordSearch(String text, MemoryFilter filter, int k) {
    Document compound =
        new Document(
                "must",
                List.of(
                    new Document("text", new Document("query", text).append("path", TEXT_FIELDS))))
            .append("filter", searchFilter(filter));
    return List.of(
        new Document("$search", new Document("index", SEARCH_INDEX).append("compound", compound)),
        new Document("$limit", k),
        new Document("$project", new Document("_id", 1).append(SCORE, meta("searchScore"))));
  }

  /** The {@code $vectorSearch} pre-filter (MQL subset: $eq, $in, $gte, $gt, $lt, $lte, $or). */
  static Document vectorFilter(MemoryFilter filter) {
    List<Document> and = new ArrayList<>();
    filter.user().ifPresent(user -> eq(and, "user_id", user));
    eq(and, "session_id", filter.sessionId());
    eq(and, "agent_id", filter.agentId());
    eq(and, "run_id", filter.runId());
    in(and, "type", filter.types().stream().map(MemoryType::value).sorted().toList());
    in(and, "category", filter.categories().stream().sorted().toList());
    in(and, "tags", filter.tags().stream().sorted().toList());
    in(and, "status", filter.statuses().stream().map(MemoryStatus::value).sorted().toList());
    if (filter.minImportance() != null) {
      and.add(new Document("importance", new Document("$gte", filter.minImportance())));
    }
    Document created = createdRange(filter, "$");
    if (!created.isEmpty()) {
      and.add(new Document("created_at", created));
    }
    if (filter.validAt() != null) {
      Instant at = filter.validAt();
      and.add(
          or(
              new Document("valid_from", new Document("$eq", null)),
              new Document("valid_from", new Document("$lte", micros(at)))));
      and.add(
          or(
              new Document("valid_to", new Document("$eq", null)),
              new Document("valid_to", new Document("$gt", micros(at)))));
    }
    return and.size() == 1 ? and.get(0) : new Document("$and", and);
  }

  /** The {@code compound.filter} clauses of {@code $search}. */
  static List<Document> searchFilter(MemoryFilter filter) {
    List<Document> clauses = new ArrayList<>();
    filter.user().ifPresent(user -> equalsClause(clauses, "user_id", user));
    equalsClause(clauses, "session_id", filter.sessionId());
    equalsClause(clauses, "agent_id", filter.agentId());
    equalsClause(clauses, "run_id", filter.runId());
    inClause(clauses, "type", filter.types().stream().map(MemoryType::value).sorted().toList());
    inClause(clauses, "category", filter.categories().stream().sorted().toList());
    inClause(clauses, "tags", filter.tags().stream().sorted().toList());
    inClause(
        clauses, "status", filter.statuses().stream().map(MemoryStatus::value).sorted().toList());
    if (filter.minImportance() != null) {
      clauses.add(range("importance", new Document("gte", filter.minImportance())));
    }
    Document created = createdRange(filter, "");
    if (!created.isEmpty()) {
      clauses.add(range("created_at", created));
    }
    if (filter.validAt() != null) {
      Instant at = filter.validAt();
      clauses.add(openEndedOr("valid_from", range("valid_from", new Document("lte", micros(at)))));
      clauses.add(openEndedOr("valid_to", range("valid_to", new Document("gt", micros(at)))));
    }
    return clauses;
  }

  static Document vectorIndexDefinition(int dimensions) {
    List<Document> fields = new ArrayList<>();
    fields.add(
        new Document("type", "vector")
            .append("path", "embedding")
            .append("numDimensions", dimensions)
            .append("similarity", "dotProduct"));
    for (String field : FILTER_FIELDS) {
      fields.add(new Document("type", "filter").append("path", field));
    }
    return new Document("fields", fields);
  }

  static Document searchIndexDefinition() {
    Document fields = new Document();
    for (String field : TEXT_FIELDS) {
      fields.append(field, new Document("type", "string").append("analyzer", "lucene.english"));
    }
    for (String field : TOKEN_FIELDS) {
      fields.append(field, new Document("type", "token"));
    }
    fields.append("importance", new Document("type", "number"));
    for (String field : List.of("created_at", "valid_from", "valid_to")) {
      fields.append(field, new Document("type", "number"));
    }
    return new Document("mappings", new Document("dynamic", false).append("fields", fields));
  }

  /**
   * The dimensions of a listed vector search index ({@code latestDefinition.fields[type=vector]}),
   * or -1 when it has none.
   */
  static int dimensionsOf(Document listedIndex) {
    Document definition = listedIndex.get("latestDefinition", Document.class);
    if (definition == null) {
      return -1;
    }
    for (Document field : definition.getList("fields", Document.class, List.of())) {
      if ("vector".equals(field.getString("type"))) {
        Number size = field.get("numDimensions", Number.class);
        return size == null ? -1 : size.intValue();
      }
    }
    return -1;
  }

  /** Atlas's dot-product score {@code (1 + dot) / 2} back to the cosine of unit vectors. */
  static float cosine(double vectorSearchScore) {
    return (float) (2 * vectorSearchScore - 1);
  }

  /**
   * created_at bounds on the store's epoch microseconds: {@code >= from}, {@code < to}. {@code
   * prefix} is {@code $} for MQL and empty for Atlas Search {@code range}.
   */
  private static Document createdRange(MemoryFilter filter, String prefix) {
    Document range = new Document();
    if (filter.createdFrom() != null) {
      range.append(prefix + "gte", micros(filter.createdFrom()));
    }
    if (filter.createdTo() != null) {
      Instant to = filter.createdTo();
      range.append(prefix + "lt", micros(to));
    }
    return range;
  }

  /** Instants as the MongoDB store writes them: epoch microseconds (int64). */
  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  private static Document meta(String name) {
    return new Document("$meta", name);
  }

  private static Document or(Document a, Document b) {
    return new Document("$or", List.of(a, b));
  }

  private static void eq(List<Document> and, String field, String value) {
    if (value != null) {
      and.add(new Document(field, new Document("$eq", value)));
    }
  }

  private static void in(List<Document> and, String field, List<String> values) {
    if (!values.isEmpty()) {
      and.add(new Document(field, new Document("$in", values)));
    }
  }

  private static void equalsClause(List<Document> clauses, String field, String value) {
    if (value != null) {
      clauses.add(new Document("equals", new Document("path", field).append("value", value)));
    }
  }

  private static void inClause(List<Document> clauses, String field, List<String> values) {
    if (!values.isEmpty()) {
      clauses.add(new Document("in", new Document("path", field).append("value", values)));
    }
  }

  private static Document range(String field, Document bounds) {
    Document range = new Document("path", field);
    range.putAll(bounds);
    return new Document("range", range);
  }

  /** The bound holds, or the field is null or absent (open-ended validity). */
  private static Document openEndedOr(String field, Document bound) {
    List<Document> should =
        List.of(
            bound,
            new Document("equals", new Document("path", field).append("value", null)),
            new Document(
                "compound",
                new Document(
                    "mustNot", List.of(new Document("exists", new Document("path", field))))));
    return new Document("compound", new Document("should", should).append("minimumShouldMatch", 1));
  }
}
