package dev.engram.memory.llm;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Message;
import dev.engram.memory.ingest.Conversation;
import dev.engram.memory.ingest.Extractor;
import dev.engram.memory.ingest.Fact;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The LLM engine of the {@link Extractor}: two passes over the conversation, run in parallel, an
 * episodic one (behaviour and preferences) and a summary one (narrative and events). Each returns
 * facts with the ids of the messages they came from; ids that are not the conversation's are
 * dropped (the fact is kept). The two lists are merged and exact duplicates dropped. If either pass
 * fails, the rule extractor draws the facts instead.
 */
@Singleton
@Named("llm")
@Primary
@Requires(property = "engram.llm.provider")
final class LlmExtractor implements Extractor, AutoCloseable {
  static final String ENGINE = "llm";
  private static final Set<String> TYPES =
      Arrays.stream(MemoryType.values()).map(t -> t.name()).collect(Collectors.toUnmodifiableSet());

  private static final String FORMAT =
      """
      Write each fact as one short third-person statement about the user ("User prefers \
      window seats"). Answer as {"facts": [{"content": "...", "type": \
      "episodic|semantic|procedural", "category": "<one word topic, e.g. preference, plan, \
      identity, event>", "importance": <1-10>, "message_ids": ["<ids of the messages it comes \
      from>"]}]}. Use only message ids shown in the conversation. Answer {"facts": []} when \
      there is nothing to remember.""";

  static final String EPISODIC =
      """
      You extract long-term memories about the user from a conversation between the user and \
      an AI agent. This pass looks for the user's behaviour and preferences: likes and \
      dislikes, habits, how they want things done, lasting facts about them (identity, \
      relationships, places, identifiers). Ignore small talk and what only the assistant \
      said.
      """
          + FORMAT;

  static final String SUMMARY =
      """
      You extract long-term memories about the user from a conversation between the user and \
      an AI agent. This pass looks for the narrative: events that happened to the user, \
      decisions taken, plans and dates, problems and how they were resolved. Ignore small \
      talk.
      """
          + FORMAT;

  private final JsonChat chat;
  private final Extractor rules;
  private final ExecutorService passes = Executors.newVirtualThreadPerTaskExecutor();

  LlmExtractor(JsonChat chat, @Named("rules") Extractor rules) {
    this.chat = requireNonNull(chat, "chat is null");
    this.rules = requireNonNull(rules, "rules is null");
  }

  @Override
  public List<Fact> extract(Conversation conversation) {
    return extract(chat, conversation);
  }

  /** The same engine with its calls counted for the app; it shares this one's pass threads. */
  @Override
  public Extractor forApp(String appId) {
    JsonChat bound = chat.forApp(appId);
    LlmExtractor engine = this;
    return new Extractor() {
      @Override
      public List<Fact> extract(Conversation conversation) {
        return engine.extract(bound, conversation);
      }

      @Override
      public String engine() {
        return engine.engine();
      }
    };
  }

  private List<Fact> extract(JsonChat using, Conversation conversation) {
    if (conversation.messages().isEmpty()) {
      return List.of();
    }
    Set<String> ids =
        conversation.messages().stream().map(Message::id).collect(Collectors.toUnmodifiableSet());
    String transcript = transcript(conversation);
    CompletableFuture<List<Fact>> episodic =
        CompletableFuture.supplyAsync(
            () -> pass(using, "extractor.episodic", EPISODIC, transcript, ids), passes);
    CompletableFuture<List<Fact>> summary =
        CompletableFuture.supplyAsync(
            () -> pass(using, "extractor.summary", SUMMARY, transcript, ids), passes);
    try {
      return merge(episodic.join(), summary.join());
    } catch (CompletionException e) {
      episodic.cancel(true);
      summary.cancel(true);
      if (e.getCause() instanceof LlmFailure) {
        return rules.extract(conversation);
      }
      throw e;
    }
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  @PreDestroy
  public void close() {
    passes.shutdownNow();
  }

  private static List<Fact> pass(
      JsonChat using, String engine, String system, String transcript, Set<String> ids) {
    return using.call(engine, system, transcript, json -> facts(json, ids));
  }

  private static List<Fact> facts(JsonNode json, Set<String> ids) throws InvalidOutput {
    List<Fact> facts = new ArrayList<>();
    int index = 0;
    for (JsonNode item : OutputReader.array(json, "facts")) {
      String where = "facts[" + index++ + "]";
      if (!item.isObject()) {
        throw new InvalidOutput(where + " must be an object");
      }
      String content;
      String type;
      try {
        content = OutputReader.text(item, "content");
        type = OutputReader.oneOf(item, "type", TYPES);
      } catch (InvalidOutput e) {
        throw new InvalidOutput(where + ": " + e.getMessage());
      }
      JsonNode importance = item.get("importance");
      if (importance == null
          || !importance.canConvertToInt()
          || importance.asInt() < 1
          || importance.asInt() > 10) {
        throw new InvalidOutput(where + ": \"importance\" must be a whole number from 1 to 10");
      }
      String category = OutputReader.optionalText(item, "category");
      List<String> messageIds =
          OutputReader.strings(item, "message_ids").stream()
              .filter(ids::contains)
              .distinct()
              .toList();
      facts.add(
          new Fact(
              content,
              MemoryType.valueOf(type),
              category == null ? null : category.toLowerCase(Locale.ROOT),
              importance.asInt(),
              messageIds));
    }
    return facts;
  }

  /** Both passes' facts in order, exact duplicates (ignoring case and spacing) merged. */
  static List<Fact> merge(List<Fact> first, List<Fact> second) {
    Map<String, Fact> merged = new LinkedHashMap<>();
    for (List<Fact> facts : List.of(first, second)) {
      for (Fact fact : facts) {
        String key = fact.content().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Fact seen = merged.get(key);
        if (seen == null) {
          merged.put(key, fact);
        } else {
          Set<String> messageIds = new LinkedHashSet<>(seen.messageIds());
          messageIds.addAll(fact.messageIds());
          merged.put(
              key,
              new Fact(
                  seen.content(),
                  seen.type(),
                  seen.category(),
                  Math.max(seen.importance(), fact.importance()),
                  List.copyOf(messageIds)));
        }
      }
    }
    return List.copyOf(merged.values());
  }

  private static String transcript(Conversation conversation) {
    StringBuilder text = new StringBuilder("Conversation (message id, role, content):\n");
    for (Message message : conversation.messages()) {
      text.append('[')
          .append(message.id())
          .append("] ")
          .append(message.role())
          .append(": ")
          .append(message.content())
          .append('\n');
    }
    return text.toString();
  }
}
