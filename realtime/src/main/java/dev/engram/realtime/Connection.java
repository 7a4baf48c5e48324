package dev.engram.realtime;

import dev.engram.tenancy.AppScope;

/** An open WebSocket or SSE connection, as the hub closes it. */
interface Connection {
  AppScope scope();

  /** Ends the connection, telling the client why (an error frame or event, then the close code). */
  void close(int code, String errorCode, String message);
}
