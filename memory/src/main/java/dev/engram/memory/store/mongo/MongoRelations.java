package dev.engram.memory.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Relation;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Relations of an app's memories: one document per (from, to, type), kept unique by an upsert and
 * the unique index; each carries the user of its source memory so user erasure finds it. Written
 * and checked inside the running unit of work's transaction when there is one, so a relation and
 * its {@code RELATE} event commit or roll back together.
 */
final class MongoRelations {
  private final MongoCollections collections;
  private final MongoSessionOps ops;

  MongoRelations(MongoCollections collections, MongoSessionOps ops) {
    this.collections = collections;
    this.ops = ops;
  }

  void add(String appId, Relation relation) {
    Document from =
        ops.find(collections.memories(appId), eq("_id", relation.fromId()))
            .projection(Projections.include("user_id"))
            .first();
    if (from == null) {
      throw MemoryException.notFound(relation.fromId());
    }
    Bson key =
        and(
            eq("from_id", relation.fromId()),
            eq("to_id", relation.toId()),
            eq("type", relation.type()));
    Document document = MemoryDocuments.relation(relation, from.getString("user_id"));
    try {
      ops.updateOne(
          collections.relations(appId),
          key,
          Updates.combine(
              document.entrySet().stream()
                  .map(e -> Updates.setOnInsert(e.getKey(), e.getValue()))
                  .toList()),
          new UpdateOptions().upsert(true));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      // recorded concurrently by another caller: the unique index kept one copy
    }
  }

  List<Relation> of(String appId, String memoryId) {
    List<Relation> relations = new ArrayList<>();
    ops.find(collections.relations(appId), or(eq("from_id", memoryId), eq("to_id", memoryId)))
        .sort(Sorts.ascending("created_at", "from_id", "to_id", "type"))
        .forEach(d -> relations.add(MemoryDocuments.relation(d)));
    return relations;
  }
}
