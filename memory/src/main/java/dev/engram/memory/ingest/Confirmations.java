package dev.engram.memory.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an assistant said about the user, in the user's own words: "So you're moving to Berlin in
 * May?" becomes "I'm moving to Berlin in May", so that the extractor can read it as it reads the
 * user's messages once the user confirmed it. Sentences that do not speak of the user ("you",
 * "your") are dropped: they are the assistant's, not facts about the user.
 */
final class Confirmations {
  private Confirmations() {}

  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+|\\n+");
  private static final Pattern SECOND_PERSON =
      Pattern.compile("(?i)\\b(you|your|yours|yourself|you're|you've|you'll|you'd)\\b");
  private static final Pattern OPENING =
      Pattern.compile(
          "^(?:(?:so|and|oh|ok|okay|great|got it|i see|just to confirm|to confirm|if i understand"
              + " correctly|sounds like|it sounds like|it seems|it seems like)\\b[,:]?\\s*)+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUESTION =
      Pattern.compile(
          "^(do|did|are|were|have|is|was)\\s+(you|your)\\b\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  /** "you" as a subject: at the start, or after a conjunction. */
  private static final Pattern SUBJECT_YOU =
      Pattern.compile("(?i)(^|\\b(?:and|but|so|that|because|if|when|since)\\s+)you\\b");

  /** The sentences of an assistant message that speak of the user, in the first person. */
  static String firstPerson(String text) {
    List<String> out = new ArrayList<>();
    for (String sentence : SENTENCE.split(text.strip())) {
      String s = sentence.replace('’', '\'').strip();
      if (!SECOND_PERSON.matcher(s).find()) {
        continue;
      }
      s = OPENING.matcher(s).replaceFirst("");
      s = s.replaceAll("[?.!]+$", "").strip();
      Matcher q = QUESTION.matcher(s);
      if (q.matches()) {
        String aux = q.group(1).toLowerCase(Locale.ROOT);
        String rest = q.group(3);
        if (q.group(2).equalsIgnoreCase("your")) {
          // "Is your sister a nurse" → "your sister is a nurse"
          String[] words = rest.split("\\s+", 2);
          if (words.length < 2) {
            continue;
          }
          s = "your " + words[0] + " " + aux + " " + words[1];
        } else {
          s =
              switch (aux) {
                case "are" -> "you are " + rest;
                case "were" -> "you were " + rest;
                case "have" -> "you have " + rest;
                case "did" -> "you did " + rest;
                default -> "you " + rest;
              };
        }
      }
      s = s.replaceAll("(?i)\\byou're\\b|\\byou are\\b", "I'm");
      s = s.replaceAll("(?i)\\byou've\\b|\\byou have\\b", "I've");
      s = s.replaceAll("(?i)\\byou'll\\b|\\byou will\\b", "I'll");
      s = s.replaceAll("(?i)\\byou'd\\b", "I'd");
      s = s.replaceAll("(?i)\\byou were\\b", "I was");
      s = s.replaceAll("(?i)\\byourself\\b", "myself");
      s = s.replaceAll("(?i)\\byours\\b", "mine");
      s = s.replaceAll("(?i)\\byour\\b", "my");
      s = SUBJECT_YOU.matcher(s).replaceAll("$1I");
      s = s.replaceAll("(?i)\\byou\\b", "me");
      if (!s.isBlank()) {
        out.add(Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".");
      }
    }
    return String.join(" ", out);
  }
}
