package dev.engram.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every relative link and anchor of README.md and docs/*.md resolves. */
class DocsLinksTest {
  /** An inline link or image target: {@code [text](target)} or {@code [text](target "title")}. */
  private static final Pattern LINK = Pattern.compile("!?\\[[^]]*]\\(\\s*<?([^)\\s>]+)>?[^)]*\\)");

  private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

  @Test
  void everyRelativeLinkAndAnchorResolves() {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path file : Docs.files()) {
      List<String> lines = Docs.prose(Docs.read(file));
      for (int i = 0; i < lines.size(); i++) {
        Matcher link = LINK.matcher(CODE_SPAN.matcher(lines.get(i)).replaceAll(""));
        while (link.find()) {
          String target = link.group(1);
          if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            continue; // https:, mailto: …: not ours to check
          }
          checked++;
          String problem = problem(file, target);
          if (problem != null) {
            broken.add(Docs.ROOT.relativize(file) + ":" + (i + 1) + " " + target + ": " + problem);
          }
        }
      }
    }
    assertThat(checked).as("links checked").isGreaterThan(50);
    assertThat(broken).as("broken links").isEmpty();
  }

  @Test
  void slugsFollowGitHubsRule() {
    assertThat(Docs.slug("Memory quality without an LLM (issue #13), dev data split in two"))
        .isEqualTo("memory-quality-without-an-llm-issue-13-dev-data-split-in-two");
    assertThat(Docs.slug("OpenMemory API (`/api/v1`)")).isEqualTo("openmemory-api-apiv1");
    assertThat(Docs.slug("Scoring: decay, reinforcement, access and feedback"))
        .isEqualTo("scoring-decay-reinforcement-access-and-feedback");
    assertThat(Docs.anchors("# A\n## B\n```\n# not a heading\n```\n## B\n"))
        .containsExactly("a", "b", "b-1");
  }

  /** Why a relative link does not resolve, or null when it does. */
  private static String problem(Path file, String target) {
    int hash = target.indexOf('#');
    String path =
        URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
    if (!resolved.startsWith(Docs.ROOT)) {
      return "points outside the repository";
    }
    if (!Files.exists(resolved)) {
      return "no such file " + Docs.ROOT.relativize(resolved);
    }
    if (anchor != null && !anchor.isEmpty()) {
      if (!resolved.toString().endsWith(".md")) {
        return "an anchor into a file that is not Markdown";
      }
      if (!Docs.anchors(Docs.read(resolved)).contains(anchor)) {
        return "no heading #" + anchor + " in " + Docs.ROOT.relativize(resolved);
      }
    }
    return null;
  }
}
