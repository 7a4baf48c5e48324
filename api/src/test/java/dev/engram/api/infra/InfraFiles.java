package dev.engram.api.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reading the repository's infra/ files and the configuration reference (docs/configuration.md) in
 * tests.
 */
final class InfraFiles {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path INFRA = ROOT.resolve("infra");

  private static final Pattern TABLE_ROW = Pattern.compile("^\\| `[^`]+` \\| ([^|]+) \\|");
  private static final Pattern ENV_NAME = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Set<String> PROMQL =
      Set.of(
          "sum",
          "avg",
          "min",
          "max",
          "count",
          "rate",
          "irate",
          "increase",
          "delta",
          "deriv",
          "histogram_quantile",
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "abs",
          "clamp_min",
          "clamp_max",
          "topk",
          "bottomk",
          "time",
          "vector",
          "scalar",
          "absent");

  private InfraFiles() {}

  static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Object yaml(Path path) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(read(path));
  }

  static List<Object> yamlDocuments(Path path) {
    List<Object> documents = new ArrayList<>();
    new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(read(path)).forEach(documents::add);
    return documents;
  }

  static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every environment variable the configuration reference (docs/configuration.md) documents. */
  static Set<String> documentedEnvironment() {
    Set<String> names = new TreeSet<>();
    for (String line : read(ROOT.resolve("docs/configuration.md")).lines().toList()) {
      Matcher row = TABLE_ROW.matcher(line);
      if (row.find()) {
        Matcher name = ENV_NAME.matcher(row.group(1));
        while (name.find()) {
          names.add(name.group(1));
        }
      }
    }
    return names;
  }

  /** The metric names a PromQL expression reads (functions, labels and keywords left out). */
  static Set<String> metricNames(String expr) {
    String bare = QUOTED.matcher(expr).replaceAll("\"\"");
    bare = MATCHERS.matcher(bare).replaceAll(" ");
    bare = GROUPING.matcher(bare).replaceAll(" ");
    bare = RANGE.matcher(bare).replaceAll(" ");
    bare = bare.replaceAll("\\$\\w+", " ");
    Set<String> names = new TreeSet<>();
    Matcher identifier = IDENTIFIER.matcher(bare);
    while (identifier.find()) {
      String name = identifier.group();
      int after = identifier.end();
      boolean call = after < bare.length() && bare.substring(after).stripLeading().startsWith("(");
      if (!PROMQL.contains(name) && !call) {
        names.add(name);
      }
    }
    return names;
  }
}
