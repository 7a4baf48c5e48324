package dev.engram.analytics.store;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.Window;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Streams the raw history as CSV, a JSON array or NDJSON, row by row from a database cursor. */
@Singleton
public final class Exporter {
  /** Export formats with their media types. */
  public enum Format {
    CSV("text/csv"),
    JSON("application/json"),
    NDJSON("application/x-ndjson");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }

    public static Format parse(String value) {
      return switch (value == null ? "ndjson" : value) {
        case "csv" -> CSV;
        case "json" -> JSON;
        case "ndjson" -> NDJSON;
        default -> throw AnalyticsException.invalid("format", "one of csv, json, ndjson");
      };
    }
  }

  private static final List<String> LEARNING_COLUMNS =
      List.of(
          "id",
          "event_type",
          "domain",
          "service_id",
          "agent_id",
          "user_id",
          "session_id",
          "memory_id",
          "occurred_at",
          "event");
  private static final List<String> MEMORY_COLUMNS =
      List.of(
          "event_id",
          "memory_id",
          "change",
          "user_id",
          "agent_id",
          "category",
          "engine",
          "actor",
          "at");

  private final HistoryReader history;
  private final JsonMapper json;

  Exporter(HistoryReader history, JsonMapper json) {
    this.history = requireNonNull(history, "history is null");
    this.json = requireNonNull(json, "json is null");
  }

  /** Checks the source ({@code learning} or {@code memory}). */
  public static String source(String value) {
    String source = value == null ? "learning" : value;
    if (!source.equals("learning") && !source.equals("memory")) {
      throw AnalyticsException.invalid("source", "learning or memory");
    }
    return source;
  }

  public void export(String appId, String source, Window window, Format format, OutputStream out) {
    List<String> columns = source.equals("memory") ? MEMORY_COLUMNS : LEARNING_COLUMNS;
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      switch (format) {
        case CSV -> {
          CSVPrinter csv =
              new CSVPrinter(
                  writer,
                  CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get());
          history.stream(appId, source, window, row -> csvRow(csv, columns, row));
          csv.flush();
        }
        case JSON -> {
          writer.write('[');
          boolean[] first = {true};
          history.stream(
              appId,
              source,
              window,
              row -> {
                write(writer, first[0] ? "" : ",");
                first[0] = false;
                write(writer, toJson(row));
              });
          writer.write("]\n");
        }
        case NDJSON ->
            history.stream(appId, source, window, row -> write(writer, toJson(row) + "\n"));
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void csvRow(CSVPrinter csv, List<String> columns, Map<String, Object> row) {
    try {
      for (String column : columns) {
        Object value = row.get(column);
        csv.print(value instanceof Map<?, ?> ? toJson(value) : value);
      }
      csv.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Writer writer, String text) {
    try {
      writer.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
