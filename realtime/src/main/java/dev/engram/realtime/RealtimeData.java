package dev.engram.realtime;

import javax.sql.DataSource;

/**
 * The gateway's rows of an app (sync queues, subscribers, tickets, outbox), for the app's deletion.
 */
public final class RealtimeData {
  private final SyncQueue queue;
  private final Tickets tickets;
  private final Outbox outbox;

  public RealtimeData(DataSource dataSource) {
    this.queue = new SyncQueue(dataSource, 1);
    this.outbox = new Outbox(dataSource);
    this.tickets =
        new Tickets(dataSource, java.time.Duration.ofMinutes(1), java.time.Clock.systemUTC());
  }

  public void dropApp(String appId) {
    queue.dropApp(appId);
    tickets.dropApp(appId);
    outbox.dropApp(appId);
  }
}
