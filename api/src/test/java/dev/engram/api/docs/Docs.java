package dev.engram.api.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project's documents: README.md and docs/*.md, their headings, links and code blocks. */
final class Docs {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern FENCE = Pattern.compile("^(```+|~~~+)\\s*([\\w-]*).*$");
  private static final Pattern MARKER = Pattern.compile("^<!--\\s*no-run:\\s*(.*?)\\s*-->$");

  private Docs() {}

  /**
   * A fenced code block: its language, first line number (1-based, the fence), text, skip reason.
   */
  record Block(Path file, int line, String language, String text, String noRun) {
    String where() {
      return ROOT.relativize(file) + ":" + line;
    }
  }

  /** README.md and every Markdown file under docs/, in a stable order. */
  static List<Path> files() {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines outside fenced code blocks (inside ones are blanked, keeping line numbers). */
  static List<String> prose(String text) {
    List<String> lines = new ArrayList<>();
    String fence = null;
    for (String line : text.split("\n", -1)) {
      Matcher f = FENCE.matcher(line);
      if (fence == null && f.matches()) {
        fence = f.group(1);
        lines.add("");
      } else if (fence != null) {
        if (line.strip().startsWith(fence)
            && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
          fence = null;
        }
        lines.add("");
      } else {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Fenced code blocks of a file, with the reason of a {@code <!-- no-run: … -->} above one. */
  static List<Block> blocks(Path file) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = read(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher f = FENCE.matcher(lines[i]);
      if (!f.matches()) {
        continue;
      }
      String fence = f.group(1);
      String language = f.group(2).toLowerCase(Locale.ROOT);
      int start = i;
      StringBuilder text = new StringBuilder();
      for (i++; i < lines.length && !lines[i].strip().equals(fence); i++) {
        text.append(lines[i]).append('\n');
      }
      String noRun = null;
      for (int j = start - 1; j >= 0; j--) {
        if (lines[j].isBlank()) {
          continue;
        }
        Matcher marker = MARKER.matcher(lines[j].strip());
        noRun = marker.matches() ? marker.group(1) : null;
        break;
      }
      blocks.add(new Block(file, start + 1, language, text.toString(), noRun));
    }
    return blocks;
  }

  /** The anchors of a file's headings, as GitHub makes them (duplicates get -1, -2, …). */
  static Set<String> anchors(String text) {
    Set<String> anchors = new LinkedHashSet<>();
    for (String line : prose(text)) {
      Matcher heading = HEADING.matcher(line);
      if (!heading.matches()) {
        continue;
      }
      String base = slug(heading.group(2));
      String anchor = base;
      for (int n = 1; anchors.contains(anchor); n++) {
        anchor = base + "-" + n;
      }
      anchors.add(anchor);
    }
    return anchors;
  }

  /**
   * GitHub's heading anchor: inline Markdown (code ticks, emphasis, link targets) reduced to its
   * text, lower case, every character that is not a letter, digit, space, {@code -} or {@code _}
   * dropped, spaces turned into {@code -}.
   */
  static String slug(String heading) {
    String text = heading.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replaceAll("[`*]", "");
    StringBuilder slug = new StringBuilder();
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
              } else if (c == ' ') {
                slug.append('-');
              }
            });
    return slug.toString();
  }
}
