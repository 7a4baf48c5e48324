package dev.engram.memory.index.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.UserScope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class AtlasQueriesTest {
  private static final Instant AT = Instant.parse("2026-11-01T00:00:00Z");

  private static MemoryFilter everyField() {
    return new MemoryFilter(
        new UserScope.OneUser("u1"),
        "s1",
        "a1",
        "r1",
        Set.of(MemoryType.EPISODIC, MemoryType.SEMANTIC),
        Set.of("food"),
        Set.of("home", "work"),
        7,
        AT.minusSeconds(3600),
        AT,
        AT,
        Map.of("source", "chat"),
        Set.of(MemoryStatus.ACTIVE, MemoryStatus.SUPERSEDED));
  }

  @Test
  void vectorSearchStagePreFiltersAndConvertsTheScore() {
    List<Document> pipeline =
        AtlasQueries.vectorSearch(new float[] {0.6f, 0.8f}, MemoryFilter.user("u1"), 5);

    assertThat(pipeline.get(0).toJson())
        .isEqualTo(
            """
            {"$vectorSearch": {"index": "engram_vector", "path": "embedding", \
            "queryVector": [0.6000000238418579, 0.800000011920929], "numCandidates": 100, \
            "limit": 5, "filter": {"$and": [{"user_id": {"$eq": "u1"}}, \
            {"status": {"$in": ["active"]}}]}}}""");
    assertThat(pipeline.get(1).toJson())
        .isEqualTo("{\"$project\": {\"_id\": 1, \"score\": {\"$meta\": \"vectorSearchScore\"}}}");
    assertThat(AtlasQueries.cosine(1.0)).isEqualTo(1f);
    assertThat(AtlasQueries.cosine(0.5)).isEqualTo(0f);
  }

  @Test
  void numCandidatesIsTenTimesKAndAtLeastAHundred() {
    assertThat(AtlasQueries.numCandidates(1)).isEqualTo(100);
    assertThat(AtlasQueries.numCandidates(40)).isEqualTo(400);
    assertThat(AtlasQueries.numCandidates(5_000)).isEqualTo(10_000);
  }

  @Test
  void vectorFilterCoversEveryIndexableField() {
    assertThat(AtlasQueries.vectorFilter(everyField()).toJson())
        .isEqualTo(
            """
            {"$and": [{"user_id": {"$eq": "u1"}}, {"session_id": {"$eq": "s1"}}, \
            {"agent_id": {"$eq": "a1"}}, {"run_id": {"$eq": "r1"}}, \
            {"type": {"$in": ["episodic", "semantic"]}}, {"category": {"$in": ["food"]}}, \
            {"tags": {"$in": ["home", "work"]}}, {"status": {"$in": ["active", "superseded"]}}, \
            {"importance": {"$gte": 7}}, \
            {"created_at": {"$gte": %d, "$lt": %d}}, \
            {"$or": [{"valid_from": {"$eq": null}}, {"valid_from": {"$lte": %d}}]}, \
            {"$or": [{"valid_to": {"$eq": null}}, {"valid_to": {"$gt": %d}}]}]}"""
                .formatted(
                    1793487600000000L, 1793491200000000L, 1793491200000000L, 1793491200000000L));
  }

  @Test
  void boundsAreExactMicroseconds() {
    Instant fine = AT.plusNanos(1_500_000);
    MemoryFilter filter =
        new MemoryFilter(
            new UserScope.AllUsers(),
            null,
            null,
            null,
            Set.of(),
            Set.of(),
            Set.of(),
            null,
            null,
            fine,
            fine,
            Map.of(),
            Set.of());

    String json = AtlasQueries.vectorFilter(filter).toJson();

    assertThat(json).contains("\"created_at\": {\"$lt\": %d}".formatted(1793491200001500L));
    assertThat(json).contains("{\"valid_to\": {\"$gt\": %d}}".formatted(1793491200001500L));
  }

  @Test
  void keywordSearchIsTextOnContentAndContextWithCompoundFilters() {
    List<Document> pipeline = AtlasQueries.keywordSearch("C++ (and) OR:", everyField(), 3);

    Document search = pipeline.get(0).get("$search", Document.class);
    assertThat(search.getString("index")).isEqualTo("engram_text");
    Document compound = search.get("compound", Document.class);
    assertThat(compound.getList("must", Document.class).get(0).toJson())
        .isEqualTo(
            "{\"text\": {\"query\": \"C++ (and) OR:\", \"path\": [\"content\", \"context\"]}}");
    List<String> filters =
        compound.getList("filter", Document.class).stream().map(Document::toJson).toList();
    assertThat(filters)
        .contains(
            "{\"equals\": {\"path\": \"user_id\", \"value\": \"u1\"}}",
            "{\"equals\": {\"path\": \"session_id\", \"value\": \"s1\"}}",
            "{\"equals\": {\"path\": \"agent_id\", \"value\": \"a1\"}}",
            "{\"equals\": {\"path\": \"run_id\", \"value\": \"r1\"}}",
            "{\"in\": {\"path\": \"type\", \"value\": [\"episodic\", \"semantic\"]}}",
            "{\"in\": {\"path\": \"category\", \"value\": [\"food\"]}}",
            "{\"in\": {\"path\": \"tags\", \"value\": [\"home\", \"work\"]}}",
            "{\"in\": {\"path\": \"status\", \"value\": [\"active\", \"superseded\"]}}",
            "{\"range\": {\"path\": \"importance\", \"gte\": 7}}",
            "{\"range\": {\"path\": \"created_at\", \"gte\": 1793487600000000,"
                + " \"lt\": 1793491200000000}}");
    assertThat(filters).hasSize(12);
    assertThat(filters.get(11))
        .contains("\"should\"", "\"gt\": 1793491200000000")
        .contains("{\"equals\": {\"path\": \"valid_to\", \"value\": null}}")
        .contains("\"mustNot\": [{\"exists\": {\"path\": \"valid_to\"}}]")
        .contains("\"minimumShouldMatch\": 1");
    assertThat(pipeline.get(1).toJson()).isEqualTo("{\"$limit\": 3}");
    assertThat(pipeline.get(2).toJson())
        .isEqualTo("{\"$project\": {\"_id\": 1, \"score\": {\"$meta\": \"searchScore\"}}}");
  }

  @Test
  void indexDefinitionsDeclareTheVectorAndEveryFilterField() {
    Document vector = AtlasQueries.vectorIndexDefinition(384);
    List<Document> fields = vector.getList("fields", Document.class);
    assertThat(fields.get(0).toJson())
        .isEqualTo(
            "{\"type\": \"vector\", \"path\": \"embedding\", \"numDimensions\": 384,"
                + " \"similarity\": \"dotProduct\"}");
    assertThat(fields.subList(1, fields.size()))
        .allMatch(f -> f.getString("type").equals("filter"))
        .extracting(f -> f.getString("path"))
        .containsExactlyElementsOf(AtlasQueries.FILTER_FIELDS)
        .contains("user_id", "tags", "importance", "created_at", "valid_from", "valid_to");

    Document mappings = AtlasQueries.searchIndexDefinition().get("mappings", Document.class);
    assertThat(mappings.getBoolean("dynamic")).isFalse();
    Document text = mappings.get("fields", Document.class);
    assertThat(text.get("content", Document.class).getString("analyzer"))
        .isEqualTo("lucene.english");
    assertThat(text.get("user_id", Document.class).getString("type")).isEqualTo("token");
    assertThat(text.get("tags", Document.class).getString("type")).isEqualTo("token");
    assertThat(text.get("importance", Document.class).getString("type")).isEqualTo("number");
    assertThat(text.get("valid_to", Document.class).getString("type")).isEqualTo("number");
  }
}
