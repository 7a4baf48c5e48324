package dev.engram.memory.summarize;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Message;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The summarizer of the rule engine: no LLM, only sentences picked from the messages (engine label
 * {@code rules}). Deterministic: the same messages always give the same summary.
 *
 * <p>Every sentence is split off its message; greetings, thanks and small talk (fewer than two
 * content words) are dropped. A sentence scores by centrality (the sum of {@code log(1 + df)} over
 * its distinct content words, where {@code df} counts the sentences sharing the word, divided by
 * its number of words to the power 0.3, so that longer sentences, which carry more, are not
 * crushed) times a bonus for first-person facts (+0.4), decisions and plans (+0.4), and names and
 * numbers (+0.25 each, up to three); questions count 0.4 times. The best sentences are taken
 * greedily, skipping any that repeats one already taken (Jaccard overlap of content words above one
 * half), and shown in conversation order.
 *
 * <p>The fast form is at most three sentences (about 600 characters), grouped by speaker. The full
 * form has sections (empty ones left out): {@code Key points}, {@code Facts} (first-person
 * statements of anyone but the assistant), {@code Decisions and plans} and {@code Open questions}
 * (questions nobody of another role answered afterwards).
 */
@Singleton
@Named("rules")
final class ExtractiveSummarizer implements Summarizer {
  static final String ENGINE = "rules";
  static final String NOTHING =
      "Nothing to summarize: the messages hold only greetings or small talk.";

  private static final int FAST_SENTENCES = 3;
  private static final int FAST_CHARS = 600;
  private static final int KEY_POINTS = 8;
  private static final int FACTS = 6;
  private static final int PLANS = 5;
  private static final int QUESTIONS = 3;
  private static final int MAX_SENTENCE_CHARS = 300;
  private static final double REDUNDANT = 0.5;
  private static final double LENGTH_EXPONENT = 0.3;

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  public Summary summarize(List<Message> messages, boolean fast) {
    requireNonNull(messages, "messages is null");
    List<Sentence> sentences = new ArrayList<>();
    for (Message message : messages) {
      sentences.addAll(
          Sentence.split(message.id(), message.role(), message.content(), sentences.size()));
    }
    List<Sentence> candidates = sentences.stream().filter(s -> !s.isFiller()).toList();
    if (candidates.isEmpty()) {
      return new Summary(NOTHING, ENGINE, List.of());
    }
    Map<Sentence, Double> scores = scores(candidates);
    List<Sentence> ranked =
        candidates.stream()
            .sorted(
                Comparator.comparingDouble((Sentence s) -> -scores.get(s))
                    .thenComparingInt(Sentence::position))
            .toList();
    return fast ? fast(ranked, candidates.size()) : full(ranked, messages, candidates.size());
  }

  private static Summary fast(List<Sentence> ranked, int candidates) {
    int wanted = Math.clamp((candidates + 4) / 5, 1, FAST_SENTENCES);
    List<Sentence> picked = new ArrayList<>();
    int chars = 0;
    for (Sentence s : ranked) {
      if (picked.size() == wanted) {
        break;
      }
      int length = Math.min(s.text().length(), MAX_SENTENCE_CHARS);
      if ((picked.isEmpty() || chars + length <= FAST_CHARS) && !repeats(s, picked)) {
        picked.add(s);
        chars += length;
      }
    }
    List<Sentence> ordered = inOrder(picked);
    StringBuilder text = new StringBuilder();
    String role = null;
    for (Sentence s : ordered) {
      if (!s.role().equals(role)) {
        if (role != null) {
          text.append('\n');
        }
        text.append(s.role()).append(':');
        role = s.role();
      }
      text.append(' ').append(clip(s.text()));
    }
    return new Summary(text.toString(), ENGINE, messageIds(ordered));
  }

  private static Summary full(List<Sentence> ranked, List<Message> messages, int candidates) {
    Set<String> answeredAfter = answered(messages);
    List<Sentence> taken = new ArrayList<>();
    List<Sentence> facts =
        take(
            ranked,
            s -> s.firstPersonFact() && !s.decision() && !s.question() && !isAssistant(s),
            FACTS,
            taken);
    List<Sentence> plans = take(ranked, s -> s.decision() && !s.question(), PLANS, taken);
    List<Sentence> open =
        take(ranked, s -> s.question() && !answeredAfter.contains(s.messageId()), QUESTIONS, taken);
    int points = Math.clamp((candidates + 2) / 3, 1, KEY_POINTS);
    List<Sentence> keyPoints = take(ranked, s -> !s.question(), points, taken);
    if (keyPoints.isEmpty() && facts.isEmpty() && plans.isEmpty() && open.isEmpty()) {
      keyPoints = take(ranked, s -> true, points, taken);
    }
    StringBuilder text = new StringBuilder();
    section(text, "Key points", keyPoints);
    section(text, "Facts", facts);
    section(text, "Decisions and plans", plans);
    section(text, "Open questions", open);
    return new Summary(text.toString().strip(), ENGINE, messageIds(inOrder(taken)));
  }

  private static boolean isAssistant(Sentence s) {
    return s.role().equals("assistant");
  }

  private static Map<Sentence, Double> scores(List<Sentence> candidates) {
    Map<String, Integer> df = new HashMap<>();
    for (Sentence s : candidates) {
      for (String term : new HashSet<>(s.terms())) {
        df.merge(term, 1, Integer::sum);
      }
    }
    Map<Sentence, Double> scores = new HashMap<>();
    for (Sentence s : candidates) {
      Set<String> distinct = new HashSet<>(s.terms());
      double centrality = 0;
      for (String term : distinct) {
        centrality += Math.log1p(df.get(term));
      }
      double score = centrality / Math.pow(distinct.size(), LENGTH_EXPONENT);
      double bonus =
          1
              + (s.firstPersonFact() ? 0.4 : 0)
              + (s.decision() ? 0.4 : 0)
              + 0.25 * Math.min(s.specifics(), 3);
      scores.put(s, score * bonus * (s.question() ? 0.4 : 1));
    }
    return scores;
  }

  /** Ids of messages followed by a message of another role (their questions got an answer). */
  private static Set<String> answered(List<Message> messages) {
    Set<String> answered = new HashSet<>();
    for (int i = 0; i < messages.size(); i++) {
      for (int j = i + 1; j < messages.size(); j++) {
        if (!messages.get(j).role().equals(messages.get(i).role())) {
          answered.add(messages.get(i).id());
          break;
        }
      }
    }
    return answered;
  }

  private static List<Sentence> take(
      List<Sentence> ranked, Predicate<Sentence> wanted, int limit, List<Sentence> taken) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : ranked) {
      if (out.size() == limit) {
        break;
      }
      if (wanted.test(s) && !taken.contains(s) && !repeats(s, taken)) {
        out.add(s);
        taken.add(s);
      }
    }
    return inOrder(out);
  }

  /** The sentence shares more than half of all content words with a sentence taken (Jaccard). */
  private static boolean repeats(Sentence s, List<Sentence> taken) {
    Set<String> terms = new HashSet<>(s.terms());
    for (Sentence other : taken) {
      Set<String> union = new HashSet<>(terms);
      union.addAll(other.terms());
      Set<String> shared = new HashSet<>(terms);
      shared.retainAll(new HashSet<>(other.terms()));
      if (shared.size() > REDUNDANT * union.size()) {
        return true;
      }
    }
    return false;
  }

  private static void section(StringBuilder text, String title, List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    text.append(title).append(":\n");
    for (Sentence s : sentences) {
      text.append("- ").append(s.role()).append(": ").append(clip(s.text())).append('\n');
    }
  }

  private static List<Sentence> inOrder(List<Sentence> sentences) {
    return sentences.stream().sorted(Comparator.comparingInt(Sentence::position)).toList();
  }

  private static List<String> messageIds(List<Sentence> ordered) {
    Set<String> ids = new LinkedHashSet<>();
    ordered.forEach(s -> ids.add(s.messageId()));
    return List.copyOf(ids);
  }

  /** Long sentences are cut at a word boundary. */
  static String clip(String text) {
    if (text.length() <= MAX_SENTENCE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_SENTENCE_CHARS - 1);
    return text.substring(0, cut > MAX_SENTENCE_CHARS / 2 ? cut : MAX_SENTENCE_CHARS - 1) + "…";
  }
}
