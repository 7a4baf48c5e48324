package dev.engram.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.memory.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The LoCoMo data set (snap-research/LoCoMo), read into plain records. */
record Locomo(List<Conversation> conversations) {
  private static final Pattern SESSION = Pattern.compile("session_(\\d+)");
  private static final Pattern DIA_ID = Pattern.compile("D\\d+:\\d+");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("h:mm a 'on' d MMMM, yyyy", Locale.ENGLISH);

  record Turn(
      String diaId, String speaker, String text, String caption, int session, Instant date) {}

  record Question(String question, int category, Set<String> evidence) {}

  record Conversation(
      String sampleId,
      String speakerA,
      String speakerB,
      List<Turn> turns,
      List<Question> questions) {}

  static Locomo read(Path file) throws IOException {
    JsonNode root = Json.mapper().readTree(file.toFile());
    List<Conversation> conversations = new ArrayList<>();
    for (JsonNode sample : root) {
      JsonNode conversation = sample.get("conversation");
      List<Turn> turns = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> fields = conversation.fields();
      List<Integer> sessions = new ArrayList<>();
      while (fields.hasNext()) {
        Matcher m = SESSION.matcher(fields.next().getKey());
        if (m.matches()) {
          sessions.add(Integer.parseInt(m.group(1)));
        }
      }
      sessions.sort(Integer::compare);
      for (int session : sessions) {
        Instant date = parseDate(conversation.path("session_" + session + "_date_time").asText(""));
        for (JsonNode turn : conversation.get("session_" + session)) {
          turns.add(
              new Turn(
                  turn.get("dia_id").asText(),
                  turn.get("speaker").asText(),
                  turn.get("text").asText(),
                  turn.path("blip_caption").asText(""),
                  session,
                  date));
        }
      }
      List<Question> questions = new ArrayList<>();
      for (JsonNode qa : sample.get("qa")) {
        Set<String> evidence = new LinkedHashSet<>();
        for (JsonNode e : qa.path("evidence")) {
          Matcher m = DIA_ID.matcher(e.asText());
          while (m.find()) {
            evidence.add(m.group());
          }
        }
        questions.add(
            new Question(qa.get("question").asText(), qa.get("category").asInt(), evidence));
      }
      conversations.add(
          new Conversation(
              sample.get("sample_id").asText(),
              conversation.get("speaker_a").asText(),
              conversation.get("speaker_b").asText(),
              turns,
              questions));
    }
    return new Locomo(conversations);
  }

  static Instant parseDate(String text) {
    try {
      return LocalDateTime.parse(text.strip().replace("am", "AM").replace("pm", "PM"), DATE)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static List<Integer> parseKs(String value) {
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .map(Integer::parseInt)
        .sorted()
        .toList();
  }
}
