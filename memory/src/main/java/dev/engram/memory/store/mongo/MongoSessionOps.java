package dev.engram.memory.store.mongo;

import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The store's reads and writes that take part in the running thread's transaction when there is one
 * ({@link MongoUnitOfWork#session}), and run on their own otherwise.
 */
final class MongoSessionOps {
  private final MongoUnitOfWork unit;

  MongoSessionOps(MongoUnitOfWork unit) {
    this.unit = unit;
  }

  FindIterable<Document> find(MongoCollection<Document> collection, Bson filter) {
    ClientSession session = unit.session();
    return session == null ? collection.find(filter) : collection.find(session, filter);
  }

  void insertMany(MongoCollection<Document> collection, List<Document> documents) {
    ClientSession session = unit.session();
    var _ =
        session == null
            ? collection.insertMany(documents)
            : collection.insertMany(session, documents);
  }

  void insertOne(MongoCollection<Document> collection, Document document) {
    ClientSession session = unit.session();
    var _ =
        session == null ? collection.insertOne(document) : collection.insertOne(session, document);
  }

  /** Applies an update to the document the filter selects; returns how many it matched. */
  long updateOne(MongoCollection<Document> collection, Bson filter, Bson update) {
    ClientSession session = unit.session();
    return (session == null
            ? collection.updateOne(filter, update)
            : collection.updateOne(session, filter, update))
        .getMatchedCount();
  }

  void deleteMany(MongoCollection<Document> collection, Bson filter) {
    ClientSession session = unit.session();
    var _ =
        session == null ? collection.deleteMany(filter) : collection.deleteMany(session, filter);
  }

  void updateOne(
      MongoCollection<Document> collection, Bson filter, Bson update, UpdateOptions options) {
    ClientSession session = unit.session();
    var _ =
        session == null
            ? collection.updateOne(filter, update, options)
            : collection.updateOne(session, filter, update, options);
  }
}
