package dev.engram.tenancy;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * Runs an action once the current transaction has ended (committed or rolled back), or at once when
 * there is none. Caches that forget a changed row use it: forgetting before the commit would let a
 * concurrent request load the old row again and keep it.
 */
@Singleton
public final class AfterCommit {
  private final TransactionOperations<Connection> transactions;

  AfterCommit(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  public void run(Runnable action) {
    transactions
        .findTransactionStatus()
        .ifPresentOrElse(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCompletion(Status completion) {
                        action.run();
                      }
                    }),
            action);
  }

  /**
   * Runs an action if the current transaction rolls back (to undo a call to another system made
   * inside it); nothing when there is no transaction.
   */
  public void onRollback(Runnable action) {
    transactions
        .findTransactionStatus()
        .ifPresent(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCompletion(Status completion) {
                        if (completion == Status.ROLLED_BACK) {
                          action.run();
                        }
                      }
                    }));
  }
}
