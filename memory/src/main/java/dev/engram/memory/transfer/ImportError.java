package dev.engram.memory.transfer;

import io.micronaut.core.annotation.Nullable;

/**
 * Why one line of an import was not imported.
 *
 * @param line the line number, from 1 (0 for a failure of the body as a whole)
 * @param field the field at fault, e.g. {@code memory.importance} or {@code events[0].at}
 * @param code a machine code: {@code invalid_json}, {@code invalid_field}, {@code
 *     content_too_long}, {@code store_failed}, …
 * @param message what is wrong, naming the field; never internals
 */
public record ImportError(long line, @Nullable String field, String code, String message) {}
