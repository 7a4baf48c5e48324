package dev.engram.api.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.core.type.Argument;
import java.io.IOException;

/**
 * The strict JSON checks, for the reader of the API's own types and for endpoints that read a raw
 * body themselves: exactly one JSON value, every field of its declared JSON type, text storable (no
 * NUL, no unpaired surrogate) and instants in years 1 to 9999. Errors name the field.
 */
public final class StrictJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private StrictJson() {}

  /**
   * Refuses a raw body (read into plain maps and lists) that is not exactly one JSON value or holds
   * text no store keeps in a value or a key: 400 naming the field.
   */
  public static void check(String body) {
    check(() -> FACTORY.createParser(body), Argument.OBJECT_ARGUMENT);
  }

  /** Refuses a body that does not fit {@code type} strictly: 400 naming the field. */
  static void check(byte[] body, Argument<?> type) {
    check(() -> FACTORY.createParser(body), type);
  }

  private static void check(Source source, Argument<?> type) {
    try (JsonParser parser = source.open()) {
      JsonShape.check(parser, type);
    } catch (IOException e) {
      throw InputException.invalidJson("the body is not valid JSON" + JsonShape.where(e));
    }
  }

  private interface Source {
    JsonParser open() throws IOException;
  }
}
