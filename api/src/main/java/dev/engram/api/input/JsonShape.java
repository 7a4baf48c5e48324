package dev.engram.api.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.engram.memory.write.MemoryValidator;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.core.type.Argument;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * One pass over a JSON body against the Java type it will be read into: checks the JSON type of
 * every field, text storability and instant bounds, and that nothing follows the value.
 */
final class JsonShape {
  private JsonShape() {}

  static void check(JsonParser parser, Argument<?> type) throws IOException {
    if (parser.nextToken() == null) {
      throw InputException.invalidJson("the body is empty: send a JSON object");
    }
    value(parser, type, "");
    if (parser.nextToken() != null) {
      throw InputException.invalidJson(
          "the body holds data after its JSON value" + at(parser.currentTokenLocation()));
    }
  }

  /** Where a parse error happened, e.g. {@code " (line 1, column 7)"}, or nothing. */
  static String where(IOException e) {
    return e instanceof JsonProcessingException j && j.getLocation() != null
        ? at(j.getLocation())
        : "";
  }

  private static String at(JsonLocation location) {
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static void value(JsonParser p, Argument<?> type, String path) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    Class<?> c = type.getType();
    if (c == String.class || c == CharSequence.class) {
      expect(token == JsonToken.VALUE_STRING, path, "must be a string");
      text(path, p.getText());
    } else if (c == Instant.class) {
      expect(token == JsonToken.VALUE_STRING, path, "must be an ISO-8601 instant string");
      instant(path, p.getText());
    } else if (c == Integer.class || c == int.class || c == Short.class || c == short.class) {
      expect(
          token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT,
          path,
          "must be an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
    } else if (c == Long.class || c == long.class || c == BigInteger.class) {
      expect(
          token == JsonToken.VALUE_NUMBER_INT
              && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER,
          path,
          "must be an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
    } else if (c == Double.class
        || c == double.class
        || c == Float.class
        || c == float.class
        || c == BigDecimal.class) {
      expect(token.isNumeric(), path, "must be a number");
    } else if (c == Boolean.class || c == boolean.class) {
      expect(token.isBoolean(), path, "must be true or false");
    } else if (Collection.class.isAssignableFrom(c)) {
      expect(token == JsonToken.START_ARRAY, path, "must be an array");
      Argument<?> item = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        value(p, item, path + "[" + i + "]");
      }
    } else if (Map.class.isAssignableFrom(c)) {
      expect(token == JsonToken.START_OBJECT, path, "must be an object");
      Argument<?>[] parameters = type.getTypeParameters();
      Argument<?> item = parameters.length == 2 ? parameters[1] : Argument.OBJECT_ARGUMENT;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        text(path, key);
        p.nextToken();
        value(p, item, child(path, key));
      }
    } else {
      Optional<? extends BeanIntrospection<?>> bean = BeanIntrospector.SHARED.findIntrospection(c);
      if (bean.isPresent() && c.getName().startsWith("dev.engram.")) {
        expect(token == JsonToken.START_OBJECT, path, "must be an object");
        object(p, bean.get(), path);
      } else {
        any(p, path);
      }
    }
  }

  private static void object(JsonParser p, BeanIntrospection<?> bean, String path)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String field = child(path, name);
      BeanProperty<?, ?> property =
          bean.getBeanProperties().stream()
              .filter(bp -> jsonName(bp.getName()).equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InputException(
                          "unknown_field",
                          field + ": unknown field; check its spelling or remove it",
                          field));
      p.nextToken();
      value(p, property.asArgument(), field);
    }
  }

  /** Any JSON (metadata values): only its text is checked. */
  private static void any(JsonParser p, String path) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      text(path, p.getText());
    } else if (token == JsonToken.START_ARRAY) {
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        any(p, path + "[" + i + "]");
      }
    } else if (token == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        text(path, key);
        p.nextToken();
        any(p, child(path, key));
      }
    }
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String jsonName(String property) {
    return NameUtils.hyphenate(property).replace('-', '_');
  }

  private static void expect(boolean ok, String path, String message) {
    if (!ok) {
      throw InputException.invalidField(path.isEmpty() ? "body" : path, message);
    }
  }

  private static void text(String path, String value) {
    MemoryValidator.text(path.isEmpty() ? "body" : path, value);
  }

  private static void instant(String path, String value) {
    Instant instant;
    try {
      instant = Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw InputException.invalidField(
          path, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
    MemoryValidator.instant(path, instant);
  }
}
