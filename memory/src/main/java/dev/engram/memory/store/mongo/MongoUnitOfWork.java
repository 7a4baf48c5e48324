package dev.engram.memory.store.mongo;

import static java.util.Objects.requireNonNull;

import com.mongodb.MongoException;
import com.mongodb.ReadConcern;
import com.mongodb.TransactionOptions;
import com.mongodb.WriteConcern;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ClusterType;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Units of work of the MongoDB store. On a replica set or a sharded cluster (Atlas is always one) a
 * unit of work is one multi-document transaction: every write of the store inside it joins it
 * through the session bound to the running thread, reads see its own writes, and the actions
 * registered with {@link #afterCommit} run once it is committed. On a server without transactions
 * (a standalone {@code mongod}, the test peer) the work runs as it is, each write atomic on its
 * own; {@link MongoRepair} mends at start what a crash between two writes left half done.
 */
@Singleton
@Requires(property = "mongodb.uri")
final class MongoUnitOfWork implements MongoStatus {
  private static final Logger LOG = LoggerFactory.getLogger(MongoUnitOfWork.class);
  private static final ScopedValue<Work> CURRENT = ScopedValue.newInstance();
  private static final int COMMIT_ATTEMPTS = 3;
  private static final TransactionOptions OPTIONS =
      TransactionOptions.builder()
          .readConcern(ReadConcern.SNAPSHOT)
          .writeConcern(WriteConcern.MAJORITY)
          .build();

  private final MongoClient client;
  private final MongoDatabase database;
  private volatile @Nullable Boolean transactions;

  MongoUnitOfWork(MongoClient client, MongoDatabase database) {
    this.client = requireNonNull(client, "client is null");
    this.database = requireNonNull(database, "database is null");
  }

  /**
   * Whether the server runs multi-document transactions: it is a replica-set member or a {@code
   * mongos}, and it has logical sessions. Asked once (again after a failed attempt).
   */
  @Override
  public String database() {
    return database.getName();
  }

  @Override
  public boolean transactions() {
    Boolean known = transactions;
    if (known == null) {
      var _ = database.runCommand(new Document("ping", 1)); // connects: the description is known
      ClusterDescription cluster = client.getClusterDescription();
      known =
          (cluster.getType() == ClusterType.REPLICA_SET || cluster.getType() == ClusterType.SHARDED)
              && cluster.getLogicalSessionTimeoutMinutes() != null;
      transactions = known;
    }
    return known;
  }

  /** The session of the transaction the running thread is in, or null outside one. */
  @Nullable
  ClientSession session() {
    return CURRENT.isBound() ? CURRENT.get().session : null;
  }

  /** Whether a unit of work begun now is a transaction of its own. */
  boolean beginsTransaction() {
    return !CURRENT.isBound() && transactions();
  }

  /** Runs the work in the current transaction, in a new one, or as it is (no transactions). */
  <T> T run(Supplier<T> work) {
    if (CURRENT.isBound() || !transactions()) {
      return work.get();
    }
    try (ClientSession session = client.startSession()) {
      Work unit = new Work(session);
      session.startTransaction(OPTIONS);
      T result;
      try {
        result = ScopedValue.where(CURRENT, unit).call(work::get);
        commit(session);
      } catch (RuntimeException | Error e) {
        if (session.hasActiveTransaction()) {
          abortQuietly(session);
        }
        throw e;
      }
      unit.afterCommit.forEach(Runnable::run);
      return result;
    }
  }

  /** Runs the action when the current transaction commits; at once outside one. */
  void afterCommit(Runnable action) {
    if (CURRENT.isBound()) {
      CURRENT.get().afterCommit.add(action);
    } else {
      action.run();
    }
  }

  private static void commit(ClientSession session) {
    for (int attempt = 1; ; attempt++) {
      try {
        session.commitTransaction();
        return;
      } catch (MongoException e) {
        if (attempt >= COMMIT_ATTEMPTS
            || !e.hasErrorLabel(MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL)) {
          throw e;
        }
      }
    }
  }

  private static void abortQuietly(ClientSession session) {
    try {
      session.abortTransaction();
    } catch (MongoException e) {
      LOG.warn("aborting a MongoDB transaction failed (the server aborts it on its own)", e);
    }
  }

  private static final class Work {
    private final ClientSession session;
    private final List<Runnable> afterCommit = new ArrayList<>();

    private Work(ClientSession session) {
      this.session = session;
    }
  }
}
