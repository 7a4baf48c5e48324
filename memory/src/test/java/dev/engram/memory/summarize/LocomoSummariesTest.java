package dev.engram.memory.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Message;
import dev.engram.memory.Stemmer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The extractive summarizer on every session of the LoCoMo development conversations (shared data
 * of this machine, {@code ENGRAM_LOCOMO_DATA} to point elsewhere; skipped when absent). Speaker A
 * plays the user, speaker B the assistant. Also measures how many content words of LoCoMo's
 * reference session summaries the full form covers.
 */
class LocomoSummariesTest {
  private static final Path DATA =
      Path.of(
          System.getenv()
              .getOrDefault("ENGRAM_LOCOMO_DATA", "/work/shared/data/locomo/locomo10-dev.json"));

  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  @Test
  void summarizesEverySessionExtractivelyAndCoversTheReference() throws IOException {
    assumeTrue(Files.isRegularFile(DATA), "LoCoMo data not present at " + DATA);
    JsonNode root = new ObjectMapper().readTree(DATA.toFile());
    int sessions = 0;
    double coverage = 0;
    double leadCoverage = 0;
    long nanos = 0;
    int turns = 0;
    for (JsonNode sample : root) {
      JsonNode conversation = sample.get("conversation");
      String speakerA = conversation.get("speaker_a").asText();
      for (int n = 1; conversation.has("session_" + n); n++) {
        List<Message> messages = new ArrayList<>();
        Set<String> said = new HashSet<>();
        for (JsonNode turn : conversation.get("session_" + n)) {
          String role = turn.get("speaker").asText().equals(speakerA) ? "user" : "assistant";
          messages.add(
              new Message(turn.get("dia_id").asText(), role, turn.get("text").asText(), null));
          said.add(turn.get("dia_id").asText());
        }
        long start = System.nanoTime();
        Summary fast = summarizer.summarize(messages, true);
        Summary full = summarizer.summarize(messages, false);
        nanos += System.nanoTime() - start;
        turns += messages.size();

        assertThat(fast.content().length()).isLessThan(full.content().length());
        assertThat(said).containsAll(full.messageIds()).containsAll(fast.messageIds());
        String allText = String.join(" ", messages.stream().map(Message::content).toList());
        for (String line : full.content().lines().toList()) {
          if (line.startsWith("- ")) {
            String sentence = line.substring(line.indexOf(": ") + 2).replace("…", "");
            assertThat(allText).contains(sentence.strip());
          }
        }
        JsonNode reference = sample.path("session_summary").path("session_" + n + "_summary");
        if (reference.isTextual()) {
          Set<String> wanted = words(reference.asText());
          coverage += covered(wanted, full.content());
          leadCoverage += covered(wanted, lead(messages, full.content().length()));
          sessions++;
        }
      }
    }
    assertThat(sessions).isGreaterThan(50);
    coverage /= sessions;
    leadCoverage /= sessions;
    System.out.printf(
        Locale.ROOT,
        "LoCoMo sessions=%d turns=%d reference_word_recall full=%.3f lead_baseline=%.3f"
            + " ms_per_session_fast_plus_full=%.2f%n",
        sessions,
        turns,
        coverage,
        leadCoverage,
        nanos / 1e6 / sessions);
    assertThat(coverage).isGreaterThan(leadCoverage);
  }

  /** The baseline: the conversation's opening, cut to the same length. */
  private static String lead(List<Message> messages, int length) {
    String all = String.join(" ", messages.stream().map(Message::content).toList());
    return all.substring(0, Math.min(length, all.length()));
  }

  private static double covered(Set<String> wanted, String text) {
    Set<String> got = words(text);
    long hits = wanted.stream().filter(got::contains).count();
    return wanted.isEmpty() ? 0 : (double) hits / wanted.size();
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2 && !Sentence.STOP.contains(w)) {
        out.add(Stemmer.stem(w));
      }
    }
    return out;
  }
}
