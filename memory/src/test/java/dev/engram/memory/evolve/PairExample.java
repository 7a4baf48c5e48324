package dev.engram.memory.evolve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.memory.Json;
import dev.engram.memory.Vectors;
import dev.engram.memory.embed.Embedder;
import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.ingest.RuleExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The examples the learned pair model is trained and judged on: each pair of an evolution set, with
 * the outcome its author expected and the rules' verdict (with the pair's features when the rules
 * fell to their default), and each pair of one speaker's facts of a LoCoMo file that the rules
 * leave to their default, taken as distinct (nearly all such pairs are two facts). Written to and
 * read from a tab-separated file, so that training and cross-validation need no embedder.
 *
 * @param group the set's file name, or the LoCoMo sample's id
 * @param expected the outcome expected
 * @param rules the rules' outcome alone
 * @param fallback whether the rules fell to their default with this pair's candidate in view
 * @param features the pair's features when the rules fell to their default, else null
 * @param existing the older statement
 * @param incoming the newer statement
 */
record PairExample(
    String group,
    Action expected,
    Action rules,
    boolean fallback,
    double[] features,
    String existing,
    String incoming) {

  /** Whether a LoCoMo pair (not a set's). */
  boolean locomo() {
    return !group.endsWith(".json");
  }

  /** The pairs of evolution sets, as {@link ProbeSetsRun} links and decides them. */
  static List<PairExample> sets(List<Path> files, Embedder embedder) throws IOException {
    List<PairExample> out = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      for (SetPair pair : SetPair.read(file, embedder)) {
        String existing = pair.existing();
        String incoming = pair.incoming();
        Action expected = pair.expected();
        if (!pair.linked()) {
          out.add(new PairExample(name, expected, Action.ADD, false, null, existing, incoming));
          continue;
        }
        RuleResolver.Examined e =
            RuleResolver.examine(
                pair.candidate(), incoming, Statement.parse(incoming), pair.slot());
        out.add(
            new PairExample(
                name,
                expected,
                e.verdict().action(),
                e.features().isPresent(),
                e.features().orElse(null),
                existing,
                incoming));
      }
    }
    return out;
  }

  /**
   * The pairs of one speaker's facts of a LoCoMo file that the evolver would compare (as {@link
   * LocomoPairsRun} finds them) and the rules leave to their default: taken as distinct.
   */
  static List<PairExample> locomo(Path file, Embedder embedder) throws IOException {
    RuleExtractor extractor = new RuleExtractor();
    List<PairExample> out = new ArrayList<>();
    for (JsonNode sample : Json.mapper().readTree(file.toFile())) {
      String id = sample.path("sample_id").asText();
      for (List<String> facts : LocomoPairsRun.factsBySpeaker(sample, extractor).values()) {
        List<float[]> vectors = facts.stream().map(embedder::embed).toList();
        List<Optional<Slot>> slots = facts.stream().map(Slot::of).toList();
        for (int j = 1; j < facts.size(); j++) {
          Statement incoming = Readings.statement(facts.get(j));
          if (incoming.content().isEmpty()) {
            continue;
          }
          for (int i = 0; i < j; i++) {
            double cosine = Vectors.dot(vectors.get(i), vectors.get(j));
            if (!SetPair.linked(cosine, slots.get(j), slots.get(i))) {
              continue;
            }
            RuleResolver.Examined e =
                RuleResolver.examine(
                    new Candidate(ProbeSetsRun.memory(facts.get(i), vectors.get(i)), cosine),
                    facts.get(j),
                    incoming,
                    slots.get(j));
            if (e.features().isPresent()) {
              out.add(
                  new PairExample(
                      id,
                      Action.ADD,
                      Action.ADD,
                      true,
                      e.features().get(),
                      facts.get(i),
                      facts.get(j)));
            }
          }
        }
      }
    }
    return out;
  }

  /** Writes examples, one line each: group, expected, rules, the two texts, the features. */
  static void write(List<PairExample> examples, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        "#group\texpected\trules\tfallback\texisting\tincoming\t"
            + String.join("\t", PairFeatures.NAMES));
    for (PairExample e : examples) {
      StringBuilder b = new StringBuilder();
      b.append(e.group).append('\t').append(e.expected).append('\t').append(e.rules);
      b.append('\t').append(e.fallback);
      b.append('\t').append(clean(e.existing)).append('\t').append(clean(e.incoming));
      if (e.features != null) {
        for (double v : e.features) {
          b.append('\t').append(v);
        }
      }
      lines.add(b.toString());
    }
    Files.write(file, lines);
  }

  /** Reads what {@link #write} wrote. */
  static List<PairExample> read(Path file) throws IOException {
    List<PairExample> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      double[] features =
          f.length > 6
              ? Arrays.stream(f, 6, f.length).mapToDouble(Double::parseDouble).toArray()
              : null;
      out.add(
          new PairExample(
              f[0],
              Action.valueOf(f[1]),
              Action.valueOf(f[2]),
              Boolean.parseBoolean(f[3]),
              features,
              f[4],
              f[5]));
    }
    return out;
  }

  private static String clean(String text) {
    return text.replace('\t', ' ').replace('\n', ' ');
  }
}
