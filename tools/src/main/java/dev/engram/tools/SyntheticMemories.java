package dev.engram.tools;

import java.util.List;
import java.util.Random;

/** Plausible, varied memory statements and queries for benchmarks, from a seeded generator. */
final class SyntheticMemories {
  private static final List<String> TEMPLATES =
      List.of(
          "User prefers %s for %s",
          "User's favourite %s is %s",
          "User lives in %s and works as a %s",
          "User is allergic to %s and avoids %s",
          "User bought a %s last %s",
          "User wants to learn %s before %s",
          "User's %s is named %s",
          "User plans a trip to %s in %s",
          "User asked support about %s on their %s",
          "User usually orders %s with %s",
          "User's meeting about %s moved to %s",
          "User dislikes %s but enjoys %s",
          "User reads books about %s every %s",
          "User's daughter plays %s on %s",
          "User switched from %s to %s");
  private static final List<String> WORDS =
      List.of(
          "express shipping",
          "standard delivery",
          "green tea",
          "espresso",
          "Berlin",
          "Lisbon",
          "Tokyo",
          "nurse",
          "software engineer",
          "teacher",
          "peanuts",
          "shellfish",
          "gluten",
          "bicycle",
          "laptop",
          "winter",
          "summer",
          "Spanish",
          "piano",
          "the marathon",
          "dog",
          "cat",
          "Biscuit",
          "Luna",
          "March",
          "October",
          "billing",
          "password reset",
          "phone",
          "tablet",
          "sushi",
          "extra cheese",
          "the budget",
          "Thursday",
          "horror films",
          "jazz concerts",
          "history",
          "weekend",
          "football",
          "Saturdays",
          "Android",
          "iPhone",
          "vegetarian meals",
          "night shifts",
          "the quarterly report",
          "Monday",
          "yoga",
          "hiking",
          "chess",
          "the insurance claim",
          "a refund",
          "dark mode",
          "email updates",
          "text messages",
          "the premium plan",
          "the basic plan",
          "Rome",
          "Nairobi",
          "Toronto",
          "oat milk",
          "almond croissants",
          "pottery",
          "photography",
          "the garden",
          "a sedan");

  private final Random random;

  SyntheticMemories(long seed) {
    random = new Random(seed);
  }

  String statement() {
    String template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
    return template.formatted(word(), word()) + " (note " + random.nextInt(1_000_000) + ")";
  }

  String query() {
    return switch (random.nextInt(4)) {
      case 0 -> "What does the user prefer for " + word() + "?";
      case 1 -> "Where does the user live?";
      case 2 -> "Is the user allergic to " + word() + "?";
      default -> "What did the user say about " + word() + " and " + word() + "?";
    };
  }

  private String word() {
    return WORDS.get(random.nextInt(WORDS.size()));
  }
}
