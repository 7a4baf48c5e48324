package dev.engram.api.input;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads JSON request bodies of the API's own types strictly, then hands them to the application's
 * one JSON mapper: the body must be exactly one JSON value (no trailing data), each field must have
 * its declared JSON type (no number read into a text field), text must be storable (no NUL, no
 * unpaired surrogate) and instants must lie in years 1 to 9999. Errors name the field.
 */
@Singleton
@Order(StrictJsonReader.ORDER)
@Consumes(MediaType.APPLICATION_JSON)
final class StrictJsonReader<T> implements MessageBodyReader<T> {
  /** Before Micronaut's own JSON handler (order -10), which this one delegates to. */
  static final int ORDER = -20;

  private final JsonMapper mapper;

  StrictJsonReader(JsonMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public boolean isReadable(Argument<T> type, MediaType mediaType) {
    // plain maps too (the mem0 surface reads its bodies as maps): trailing text, NUL and unpaired
    // surrogates in keys or values passed there before (found by ./engram eval security)
    return Map.class.isAssignableFrom(type.getType())
        || type.getType().getName().startsWith("dev.engram.")
            && BeanIntrospector.SHARED.findIntrospection(type.getType()).isPresent();
  }

  @Override
  public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, ByteBuffer<?> body) {
    return read(type, body.toByteArray());
  }

  @Override
  public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, InputStream body) {
    try {
      return read(type, body.readAllBytes());
    } catch (IOException e) {
      throw new CodecException("the request body could not be read", e);
    }
  }

  private T read(Argument<T> type, byte[] bytes) {
    StrictJson.check(bytes, type);
    try {
      return mapper.readValue(bytes, type);
    } catch (IOException e) {
      throw InputException.invalidJson("the body does not match the expected fields");
    }
  }
}
