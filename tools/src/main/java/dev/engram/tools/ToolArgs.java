package dev.engram.tools;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} arguments of the command-line tools. */
final class ToolArgs {
  /** The one flag without a value, known to every tool: keep the temporary data directory. */
  static final String KEEP = "keep";

  /** A flag without a value where a tool knows it: run against a fresh PostgreSQL database. */
  static final String POSTGRES = "postgres";

  private ToolArgs() {}

  static Map<String, String> parse(String[] args, Set<String> known) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
      }
      String name = args[i].substring(2);
      if (name.equals(KEEP) || (name.equals(POSTGRES) && known.contains(POSTGRES))) {
        options.put(name, "true");
        continue;
      }
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + "; known: " + known);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      options.put(name, args[++i]);
    }
    return options;
  }

  static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
