package dev.engram.memory.evolve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.memory.Json;
import dev.engram.memory.Message;
import dev.engram.memory.Vectors;
import dev.engram.memory.embed.TestEmbedders;
import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.ingest.Conversation;
import dev.engram.memory.ingest.Fact;
import dev.engram.memory.ingest.RuleExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The firing check of a resolver rule on real data: extracts the facts of a LoCoMo file with the
 * rule extractor (every turn a user message with its speaker's name, as {@code eval locomo --mode
 * ingest} sends them), and runs the rule engine over every pair of one speaker's facts that the
 * evolver would compare (cosine at the link threshold, or a shared slot), the older as the memory.
 * Not a check: run it by hand with {@code -Dlocomo=FILE} ({@code -Dlocomo.out=FILE}); it writes one
 * line per pair that is not ADD (action, reason, the two facts) and a count per reason's opening
 * words, so that two runs (before and after a rule) can be compared line by line. With {@code
 * -Dlocomo.incoming=REGEX} only the statements a regular expression finds something in are compared
 * (the words a new rule needs, "switched|replaced"), against every older fact of their speaker,
 * without embeddings: a quick bound from above on how often a rule fires. With {@code
 * -Dlocomo.learned=true} the shipped learned pair model ({@link LearnedPairs}) decides over the
 * rules' defaults, and its verdicts read "learned: …".
 */
@EnabledIfSystemProperty(named = "locomo", matches = ".+")
class LocomoPairsRun {

  @Test
  void run() throws IOException {
    JsonNode samples = Json.mapper().readTree(Path.of(System.getProperty("locomo")).toFile());
    RuleExtractor extractor = new RuleExtractor();
    List<String> lines = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    String only = System.getProperty("locomo.incoming", "");
    Pattern incomingPattern = Pattern.compile(only);
    boolean filtered = !only.isEmpty();
    // -Dlocomo.learned=true: the rules with the shipped learned model over their defaults
    Optional<LearnedPairs> learned =
        Boolean.getBoolean("locomo.learned")
            ? Optional.of(LearnedPairs.shipped())
            : Optional.empty();
    int pairs = 0;
    int linked = 0;
    try (TestEmbedders.Closeable embedder = TestEmbedders.miniLm()) {
      for (JsonNode sample : samples) {
        Map<String, List<String>> bySpeaker = factsBySpeaker(sample, extractor);
        for (var entry : bySpeaker.entrySet()) {
          List<String> facts = entry.getValue();
          List<float[]> vectors = new ArrayList<>();
          List<Optional<Slot>> slots = new ArrayList<>();
          for (String f : facts) {
            vectors.add(filtered ? null : embedder.embed(f));
            slots.add(Slot.of(f));
          }
          for (int j = 1; j < facts.size(); j++) {
            Statement incoming = Readings.statement(facts.get(j));
            if (incoming.content().isEmpty()
                || filtered && !incomingPattern.matcher(facts.get(j)).find()) {
              continue;
            }
            for (int i = 0; i < j; i++) {
              pairs++;
              // -Dlocomo.incoming=REGEX: only the statements it finds something in, against every
              // older fact of the speaker (no cosine: all linked, a bound from above)
              double cosine = filtered ? LINKED : Vectors.dot(vectors.get(i), vectors.get(j));
              if (!filtered && !SetPair.linked(cosine, slots.get(j), slots.get(i))) {
                continue;
              }
              linked++;
              RuleResolver.Verdict v =
                  RuleResolver.classify(
                      new Candidate(ProbeSetsRun.memory(facts.get(i), vectors.get(i)), cosine),
                      facts.get(j),
                      incoming,
                      slots.get(j),
                      learned);
              String key = v.action() + " " + opening(v.reason());
              counts.merge(key, 1, Integer::sum);
              if (v.action() != Action.ADD) {
                lines.add(
                    String.format(
                        Locale.ROOT,
                        "%s | %s | %s -> %s | %s",
                        entry.getKey(),
                        facts.get(i),
                        facts.get(j),
                        v.action(),
                        v.reason().replace("mem_existing", "old")));
              }
            }
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "PAIRS %d LINKED %d%n", pairs, linked));
    counts.forEach((k, n) -> out.append(String.format(Locale.ROOT, "COUNT %6d %s%n", n, k)));
    lines.forEach(l -> out.append(l).append('\n'));
    Files.writeString(Path.of(System.getProperty("locomo.out", "locomo-pairs.txt")), out);
  }

  /**
   * The facts the rule extractor takes from one LoCoMo sample, per speaker, in the order of the
   * conversation: every turn a user message with its speaker's name, a photo's caption after its
   * text.
   */
  static Map<String, List<String>> factsBySpeaker(JsonNode sample, RuleExtractor extractor) {
    JsonNode conversation = sample.path("conversation");
    Map<String, List<String>> bySpeaker = new LinkedHashMap<>();
    for (int s = 1; conversation.has("session_" + s); s++) {
      List<Message> messages = new ArrayList<>();
      for (JsonNode turn : conversation.path("session_" + s)) {
        String text = turn.path("text").asText();
        String caption = turn.path("blip_caption").asText("");
        if (!caption.isBlank()) {
          text = text + " (photo: " + caption + ")";
        }
        messages.add(
            new Message(
                turn.path("dia_id").asText(), "user", text, null, turn.path("speaker").asText()));
      }
      Map<String, String> speakerOf = new LinkedHashMap<>();
      messages.forEach(m -> speakerOf.put(m.id(), m.name()));
      for (Fact fact :
          extractor.extract(
              new Conversation("c", sample.path("sample_id").asText(), null, null, messages))) {
        String speaker = speakerOf.get(fact.messageIds().get(0));
        bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(fact.content());
      }
    }
    return bySpeaker;
  }

  /** The cosine given to every pair when no embedding is computed. */
  private static final double LINKED = 0.5;

  /** The first words of a reason, up to the first quote or digit: its rule. */
  private static String opening(String reason) {
    StringBuilder b = new StringBuilder();
    for (Iterator<String> it = List.of(reason.split(" ")).iterator(); it.hasNext(); ) {
      String w = it.next();
      if (w.startsWith("'") || w.startsWith("(") || w.startsWith("mem_") || b.length() > 40) {
        break;
      }
      b.append(w).append(' ');
    }
    return b.toString().trim();
  }
}
