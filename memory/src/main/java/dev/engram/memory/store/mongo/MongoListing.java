package dev.engram.memory.store.mongo;

import com.mongodb.client.MongoCollection;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One listing over an app's memories collection: paged by the server when the query is exact, or
 * re-checked with {@link MemoryFilter#matches} and paged here when metadata is filtered.
 */
final class MongoListing {
  private final MongoCollection<Document> memories;
  private final MemoryDocuments documents;

  MongoListing(MongoCollection<Document> memories, MemoryDocuments documents) {
    this.memories = memories;
    this.documents = documents;
  }

  MemoryFilter.Page list(
      MemoryFilter filter, MemoryFilter.Sort sort, int limit, int offset, Instant now) {
    Bson query = MongoQueries.filter(filter, now);
    Bson order = MongoQueries.sort(sort);
    List<Memory> page = new ArrayList<>();
    if (MongoQueries.needsRecheck(filter)) {
      long total = 0;
      for (Document document : memories.find(query).sort(order)) {
        Memory memory = documents.memory(document);
        if (filter.matches(memory, now)) {
          if (total >= offset && page.size() < limit) {
            page.add(memory);
          }
          total++;
        }
      }
      return new MemoryFilter.Page(page, total);
    }
    if (limit > 0) {
      memories
          .find(query)
          .sort(order)
          .skip(offset)
          .limit(limit)
          .forEach(document -> page.add(documents.memory(document)));
    }
    return new MemoryFilter.Page(page, memories.countDocuments(query));
  }
}
