package dev.engram.realtime;

/** WebSocket close codes of the gateway (README § Realtime lists them). */
final class CloseCodes {
  static final int NORMAL = 1000;
  static final int GOING_AWAY = 1001;
  static final int UNSUPPORTED_DATA = 1003;
  static final int INVALID_JSON = 1007;
  static final int NOT_IDENTIFIED = 1008;
  static final int TOO_BIG = 1009;
  static final int UNKNOWN_TYPE = 4400;
  static final int REVOKED = 4401;
  static final int APP_DELETED = 4404;
  static final int REPLACED = 4409;

  private CloseCodes() {}
}
