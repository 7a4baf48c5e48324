package dev.engram.api.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OpenAPI document as Engram serves it: the one micronaut-openapi writes at compile time
 * ({@code META-INF/swagger/engram.yml}) with {@code security: []} on every operation that names no
 * security requirement. micronaut-openapi cannot write an empty requirement list, yet without it a
 * client generator cannot tell an operation anyone may call from one that inherits a default.
 * {@code OpenApiDocumentIT} checks that every operation needing credentials names its security, so
 * an operation without one is public.
 */
public final class ServedDocument {
  /** Where micronaut-openapi writes the document on the classpath. */
  public static final String RESOURCE = "META-INF/swagger/engram.yml";

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Pattern OPERATION = Pattern.compile("^ {4}([a-z]+):\\s*$");
  private static final Pattern TOP_LEVEL = Pattern.compile("^\\S.*$");

  private ServedDocument() {}

  /** The document read from the classpath, with the public operations marked. */
  public static String load() {
    try (InputStream in = ServedDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no OpenAPI document at classpath:" + RESOURCE);
      }
      return markPublicOperations(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds {@code security: []} to every operation under {@code paths} without a {@code security}
   * key. The document is YAML as micronaut-openapi writes it (two spaces per level: a path at 2, an
   * operation at 4, its keys at 6); everything else is left as written.
   */
  static String markPublicOperations(String yaml) {
    String[] lines = yaml.split("\n", -1);
    List<String> out = new ArrayList<>(lines.length + 16);
    boolean inPaths = false;
    int operationLine = -1; // index in out of the current operation's "    get:" line
    boolean secured = false;
    for (String line : lines) {
      boolean endsOperation = operationLine >= 0 && !line.isBlank() && indent(line) <= 4;
      if (endsOperation) {
        if (!secured) {
          out.add(operationLine + 1, "      security: []");
        }
        operationLine = -1;
      }
      if (TOP_LEVEL.matcher(line).matches()) {
        inPaths = line.startsWith("paths:");
      } else if (inPaths) {
        var operation = OPERATION.matcher(line);
        if (operation.matches() && METHODS.contains(operation.group(1))) {
          out.add(line);
          operationLine = out.size() - 1;
          secured = false;
          continue;
        }
        if (operationLine >= 0 && line.startsWith("      security:")) {
          secured = true;
        }
      }
      out.add(line);
    }
    if (operationLine >= 0 && !secured) {
      out.add(operationLine + 1, "      security: []");
    }
    return String.join("\n", out);
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
