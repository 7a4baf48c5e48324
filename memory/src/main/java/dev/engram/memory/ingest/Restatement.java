package dev.engram.memory.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Whether a fact says all that its message says: every word of the message, as the keyword index
 * reads words (English stems, stop words left out), is a word of the fact, leaving aside the
 * speaker's and the listener's pronouns (the fact names the speaker instead: "I live in Porto" →
 * "User lives in Porto") and the greetings and interjections the extractor leaves out. Such a
 * message quoted in the fact's context would only repeat the fact, and every token of context costs
 * embedding time (a fact with its message and the one it replies to is about three times the tokens
 * of the fact alone).
 */
final class Restatement {
  private static final Analyzer ANALYZER = new EnglishAnalyzer();

  /** First- and second-person pronouns: the fact says "User" or the speaker's name instead. */
  private static final Set<String> PERSONS =
      Set.of(
          "i",
          "i'm",
          "i'v",
          "i'll",
          "i'd",
          "im",
          "me",
          "my",
          "mine",
          "myself",
          "we",
          "we'r",
          "we'v",
          "we'll",
          "we'd",
          "us",
          "our",
          "ours",
          "ourselv",
          "you",
          "you'r",
          "you'v",
          "you'll",
          "you'd",
          "your",
          "yours",
          "yourself");

  /**
   * Greetings, thanks and interjections, which the extractor leaves out of every fact ("Hi! I live
   * in Porto these days." → "User lives in Porto these days"): a message that says no more than the
   * fact and these is restated too.
   */
  private static final Set<String> FILLERS =
      terms(
          "hi hey hello oh ah wow yes yeah yep well ok okay alright sure thanks thank um uh btw"
              + " anyway");

  private Restatement() {}

  /** Whether {@code fact} holds every word of {@code message} but the persons' pronouns. */
  static boolean restates(String fact, String message) {
    Set<String> said = terms(fact);
    for (String term : terms(message)) {
      if (!said.contains(term) && !PERSONS.contains(term) && !FILLERS.contains(term)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> terms(String text) {
    Set<String> out = new HashSet<>();
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text in memory", e);
    }
    return out;
  }
}
