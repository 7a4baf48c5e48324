package dev.engram.api;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of docs/configuration.md, generated from the configuration metadata the compiler writes
 * for every {@code @ConfigurationProperties} ({@code META-INF/spring-configuration-metadata .json}
 * of each module). Rows already in the table are kept as written (their defaults and descriptions
 * are hand-made); a property without a row gets one, from a row another branch added to README.md
 * when there is one, else from the metadata (Javadoc and default), placed after the last row of its
 * group ({@code engram.scoring.…}).
 */
final class ConfigurationTable {
  static final String BEGIN = "<!-- configuration:begin -->";
  static final String END = "<!-- configuration:end -->";

  private static final Pattern PROPERTY_ROW =
      Pattern.compile("^\\| `([a-z][\\w.-]*)` \\| `[A-Z].*");

  private ConfigurationTable() {}

  /** A configuration property: its name, its description (Javadoc) and its default, if any. */
  record Property(String name, String description, String defaultValue) {
    String env() {
      return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    String row() {
      String value =
          defaultValue == null || defaultValue.isEmpty() ? "–" : "`" + defaultValue + "`";
      return "| `" + name + "` | `" + env() + "` | " + value + " | " + text(description) + " |";
    }
  }

  /** docs/configuration.md and README.md after regeneration. */
  record Regenerated(String reference, String readme) {}

  static Regenerated regenerate(String reference, String readme, List<Property> properties) {
    int begin = reference.indexOf(BEGIN);
    int end = reference.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "docs/configuration.md has no " + BEGIN + " … " + END + " around its table");
    }
    List<String> table = reference.substring(begin + BEGIN.length(), end).strip().lines().toList();
    List<String> header = table.subList(0, 2);
    List<String> rows = new ArrayList<>(table.subList(2, table.size()));

    Map<String, String> fromReadme = new LinkedHashMap<>();
    StringBuilder keptReadme = new StringBuilder();
    for (String line : readme.split("\n", -1)) {
      Matcher row = PROPERTY_ROW.matcher(line);
      if (row.matches()) {
        fromReadme.put(row.group(1), line);
      } else {
        keptReadme.append(line).append('\n');
      }
    }
    String newReadme = readme.isEmpty() ? readme : keptReadme.substring(0, keptReadme.length() - 1);

    for (Map.Entry<String, String> moved : fromReadme.entrySet()) {
      if (indexOf(rows, moved.getKey()) < 0) {
        insert(rows, moved.getKey(), moved.getValue());
      }
    }
    for (Property property : properties) {
      if (indexOf(rows, property.name()) < 0) {
        insert(rows, property.name(), property.row());
      }
    }
    StringBuilder generated = new StringBuilder();
    for (String line : header) {
      generated.append(line).append('\n');
    }
    for (String line : rows) {
      generated.append(line).append('\n');
    }
    String newReference =
        reference.substring(0, begin + BEGIN.length())
            + "\n"
            + generated
            + reference.substring(end);
    return new Regenerated(newReference, newReadme);
  }

  /** The property named in a row's first cell, or null for a row that names none. */
  private static String key(String row) {
    Matcher matcher = PROPERTY_ROW.matcher(row);
    return matcher.matches() ? matcher.group(1) : null;
  }

  private static int indexOf(List<String> rows, String name) {
    for (int i = 0; i < rows.size(); i++) {
      if (name.equals(key(rows.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** Inserts after the last row sharing the longest dotted prefix (two segments at least). */
  private static void insert(List<String> rows, String name, String row) {
    String[] segments = name.split("\\.");
    for (int length = segments.length - 1; length >= 2; length--) {
      String prefix = String.join(".", List.of(segments).subList(0, length)) + ".";
      int last = -1;
      for (int i = 0; i < rows.size(); i++) {
        String other = key(rows.get(i));
        if (other != null && other.startsWith(prefix)) {
          last = i;
        }
      }
      if (last >= 0) {
        rows.add(last + 1, row);
        return;
      }
    }
    int lastProperty = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (key(rows.get(i)) != null) {
        lastProperty = i;
      }
    }
    rows.add(lastProperty + 1, row);
  }

  /** Javadoc as one Markdown table cell: code tags as code spans, one line, pipes escaped. */
  static String text(String javadoc) {
    String text = javadoc == null ? "" : javadoc;
    text = text.replaceAll("\\{@(?:code|literal)\\s+([^}]*)}", "`$1`");
    text = text.replaceAll("\\{@link(?:plain)?\\s+(?:[\\w.]*#)?([^}\\s]*)[^}]*}", "`$1`");
    text = text.replaceAll("<[^>]+>", "");
    text = text.replaceAll("\\s+", " ").strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.replace("|", "\\|");
  }

  /** Properties of Engram's {@code @ConfigurationProperties}, from the compiler's metadata. */
  static List<Property> engramProperties() throws IOException {
    JsonMapper json = JsonMapper.createDefault();
    List<Property> found = new ArrayList<>();
    for (URL url :
        Collections.list(
            ConfigurationTable.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        Map<String, Object> metadata =
            json.readValue(in.readAllBytes(), Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> properties =
            (List<Map<String, Object>>) metadata.getOrDefault("properties", List.of());
        for (Map<String, Object> property : properties) {
          if (String.valueOf(property.get("sourceType")).startsWith("dev.engram.")) {
            Object value = property.get("defaultValue");
            found.add(
                new Property(
                    (String) property.get("name"),
                    (String) property.get("description"),
                    value == null ? null : String.valueOf(value)));
          }
        }
      }
    }
    found.sort(Comparator.comparing(Property::name));
    return found;
  }
}
