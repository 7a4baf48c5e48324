package dev.engram.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Message;
import dev.engram.memory.evolve.EvolutionConfiguration;
import dev.engram.memory.evolve.MemoryEvolver;
import dev.engram.memory.evolve.Resolution;
import dev.engram.memory.evolve.Resolver;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleExtractorTest {
  private final RuleExtractor extractor = new RuleExtractor();

  static Stream<Arguments> statements() {
    return Stream.of(
        Arguments.of(
            "I live in Lisbon.", "User lives in Lisbon", MemoryType.SEMANTIC, "location", 7),
        Arguments.of(
            "My name is Ana Souza", "User's name is Ana Souza", MemoryType.SEMANTIC, "identity", 8),
        Arguments.of(
            "I'm allergic to peanuts!",
            "User is allergic to peanuts",
            MemoryType.SEMANTIC,
            "health",
            9),
        Arguments.of(
            "I am allergic to shellfish",
            "User is allergic to shellfish",
            MemoryType.SEMANTIC,
            "health",
            9),
        Arguments.of(
            "I prefer window seats",
            "User prefers window seats",
            MemoryType.SEMANTIC,
            "preference",
            6),
        Arguments.of(
            "I really love jazz music",
            "User really loves jazz music",
            MemoryType.SEMANTIC,
            "preference",
            6),
        Arguments.of(
            "I hate cilantro", "User hates cilantro", MemoryType.SEMANTIC, "preference", 6),
        Arguments.of(
            "I don't like spicy food",
            "User does not like spicy food",
            MemoryType.SEMANTIC,
            "preference",
            6),
        Arguments.of(
            "I'm going to Tokyo next month",
            "User is going to Tokyo next month",
            MemoryType.EPISODIC,
            "plan",
            5),
        Arguments.of(
            "I'm planning to run a marathon",
            "User is planning to run a marathon",
            MemoryType.EPISODIC,
            "plan",
            5),
        Arguments.of(
            "I will start a new job in March",
            "User will start a new job in March",
            MemoryType.EPISODIC,
            "plan",
            5),
        Arguments.of("I moved to Porto", "User moved to Porto", MemoryType.SEMANTIC, "location", 7),
        Arguments.of(
            "Actually, I moved to Porto last month.",
            "User moved to Porto last month",
            MemoryType.SEMANTIC,
            "location",
            7),
        Arguments.of(
            "I no longer eat meat", "User no longer eats meat", MemoryType.SEMANTIC, "diet", 7),
        Arguments.of(
            "I work at Google as a designer",
            "User works at Google as a designer",
            MemoryType.SEMANTIC,
            "work",
            6),
        Arguments.of("I have two cats", "User has two cats", MemoryType.SEMANTIC, "personal", 5),
        Arguments.of(
            "I watch movies with my sister",
            "User watches movies with their sister",
            MemoryType.SEMANTIC,
            "personal",
            5),
        Arguments.of(
            "I visited my grandmother yesterday",
            "User visited their grandmother yesterday",
            MemoryType.EPISODIC,
            "event",
            4),
        Arguments.of(
            "My email is ana@example.com",
            "User's email is ana@example.com",
            MemoryType.SEMANTIC,
            "identifier",
            9),
        Arguments.of(
            "My phone number is +351 912 345 678",
            "User's phone number is +351 912 345 678",
            MemoryType.SEMANTIC,
            "identifier",
            9),
        Arguments.of(
            "You can reach me at ana@example.com",
            "User's email is ana@example.com",
            MemoryType.SEMANTIC,
            "identifier",
            9),
        Arguments.of(
            "It's about order #A12345",
            "User's order number is A12345",
            MemoryType.SEMANTIC,
            "identifier",
            9),
        Arguments.of(
            "See https://example.com/profile/ana",
            "User shared the link https://example.com/profile/ana",
            MemoryType.SEMANTIC,
            "identifier",
            9),
        Arguments.of(
            "Please always answer in Portuguese",
            "User wants the assistant to always answer in Portuguese",
            MemoryType.PROCEDURAL,
            "instruction",
            7),
        Arguments.of(
            "I want you to keep answers short",
            "User wants the assistant to keep answers short",
            MemoryType.PROCEDURAL,
            "instruction",
            7),
        Arguments.of(
            "Call me Annie", "User wants to be called Annie", MemoryType.SEMANTIC, "identity", 8),
        Arguments.of(
            "I'm vegetarian now", "User is vegetarian now", MemoryType.SEMANTIC, "diet", 7));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void rewritesFirstPersonStatementsInTheThirdPerson(
      String said, String content, MemoryType type, String category, int importance) {
    List<Fact> facts = extractor.extract(conversation(new Message("m1", "user", said, null)));

    assertThat(facts).hasSize(1);
    Fact fact = facts.get(0);
    assertThat(fact.content()).isEqualTo(content);
    assertThat(fact.type()).isEqualTo(type);
    assertThat(fact.category()).isEqualTo(category);
    assertThat(fact.importance()).isEqualTo(importance);
    assertThat(fact.messageIds()).containsExactly("m1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Never been to a concert like that|User has never been to a concert like that",
        "Never saw this coming|User never saw this coming",
        "Always been interested in other cultures|User has always been interested in other"
            + " cultures",
        "Always up for something sweet|User is always up for something sweet",
        "Never email me after 9pm|User wants the assistant to never email them after 9pm"
      })
  void alwaysOrNeverBeforeAPastFormOrAStateIsTheSpeakersNotAnOrder(String said, String kept) {
    assertThat(extractor.extract(conversation(new Message("m1", "user", said, null))))
        .extracting(Fact::content)
        .containsExactly(kept);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"I will!", "I definitely will.", "I can", "Always good to hear!"})
  void anAuxiliaryAloneOrAPleasantryAfterAlwaysGivesNothing(String said) {
    assertThat(extractor.extract(conversation(new Message("m1", "user", said, null)))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "They spent the whole afternoon building sandcastles at the beach",
        "The old bakery downstairs closed after thirty years of business",
        "(photo: a photo of a painting of a sunset over a lake)",
      })
  void aDetailedSentenceWithoutNameOrNumberIsKept(String said) {
    List<Fact> facts = extractor.extract(conversation(new Message("m1", "user", said, null)));
    assertThat(facts).extracting(Fact::content).containsExactly(said);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The weather is nice today",
        "It was a long day",
        "Your garden looks lovely this spring with all those tulips",
        "engram.callbacks.allow-private-networks",
        "and task_instance like ? and task_instance not in (select id from tasks)",
      })
  void aShortSentenceWithoutNameOrNumberOrOneAboutTheListenerIsNot(String said) {
    assertThat(extractor.extract(conversation(new Message("m1", "user", said, null)))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Oof, that sounds rough, Priya.",
        "Wow Marcus, what a day that was!",
        "Thanks, Lena, that helps a lot."
      })
  void theNameOfTheOneSpokenToDoesNotMakeASentenceInformative(String said) {
    assertThat(extractor.extract(conversation(new Message("m1", "user", said, null)))).isEmpty();
  }

  @Test
  void aNameTheSentenceIsAboutStillDoes() {
    List<Fact> facts =
        extractor.extract(
            conversation(
                new Message("m1", "user", "The concert in Vienna was magical, Priya!", null)));

    assertThat(facts)
        .extracting(Fact::content)
        .containsExactly("The concert in Vienna was magical, Priya");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Hi!",
        "Hello there, how are you?",
        "What's the weather like in Lisbon?",
        "Can you book me a table",
        "Do you know any good restaurants",
        "Thanks!",
        "Ok, sure.",
        "I see.",
        "I think so",
        "I'm fine, thanks",
        "I have a question",
        "I was wondering about that",
        "I agree with you",
        "The weather is nice today",
        "Sounds good"
      })
  void questionsGreetingsAndFillerGiveNothing(String said) {
    assertThat(extractor.extract(conversation(new Message("m1", "user", said, null)))).isEmpty();
  }

  @Test
  void readsOnlyTheUsersMessagesAndNamesTheMessageOfEachFact() {
    List<Fact> facts =
        extractor.extract(
            conversation(
                new Message("a", "system", "I am a helpful assistant", null),
                new Message("b", "user", "Hi! I live in Lisbon and I love surfing.", null),
                new Message("c", "assistant", "I love that! I live in the cloud.", null),
                new Message("d", "tool", "I found 3 results", null),
                new Message("e", "user", "What should I pack? My email is ana@example.com", null)));

    assertThat(facts)
        .extracting(Fact::content, Fact::messageIds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("User lives in Lisbon", List.of("b")),
            org.assertj.core.groups.Tuple.tuple("User loves surfing", List.of("b")),
            org.assertj.core.groups.Tuple.tuple("User's email is ana@example.com", List.of("e")));
  }

  @Test
  void aRepeatedStatementGivesOneFact() {
    List<Fact> facts =
        extractor.extract(
            conversation(
                new Message("m1", "user", "I live in Lisbon", null),
                new Message("m2", "user", "I live in Lisbon.", null)));

    assertThat(facts).extracting(Fact::content).containsExactly("User lives in Lisbon");
  }

  @Test
  void anAsideInBracketsBelongsToTheFactBeforeIt() {
    List<Fact> facts =
        extractor.extract(
            conversation(
                new Message(
                    "m1",
                    "user",
                    "I baked a lemon tart for my sister's birthday. (photo: a tart with sliced"
                        + " lemons on a blue plate)",
                    null)));

    assertThat(facts)
        .extracting(Fact::content)
        .containsExactly(
            "User baked a lemon tart for their sister's birthday (photo: a tart with sliced"
                + " lemons on a blue plate)");
  }

  @Test
  void anAsideWithNoFactBeforeItIsReadOnItsOwn() {
    List<Fact> first =
        extractor.extract(
            conversation(
                new Message(
                    "m1",
                    "user",
                    "Take a look! (photo: a watercolour of a harbour with red fishing boats)",
                    null)));
    List<Fact> alone =
        extractor.extract(
            conversation(
                new Message(
                    "m1",
                    "user",
                    "(photo: a watercolour of a harbour with red fishing boats)",
                    null)));

    assertThat(first)
        .extracting(Fact::content)
        .isEqualTo(alone.stream().map(Fact::content).toList());
    assertThat(alone).isNotEmpty();
  }

  @Test
  void conjugatesVerbsInTheThirdPerson() {
    assertThat(RuleExtractor.conjugate("live")).isEqualTo("lives");
    assertThat(RuleExtractor.conjugate("watch")).isEqualTo("watches");
    assertThat(RuleExtractor.conjugate("study")).isEqualTo("studies");
    assertThat(RuleExtractor.conjugate("play")).isEqualTo("plays");
    assertThat(RuleExtractor.conjugate("go")).isEqualTo("goes");
    assertThat(RuleExtractor.conjugate("moved")).isEqualTo("moved");
    assertThat(RuleExtractor.conjugate("bought")).isEqualTo("bought");
    assertThat(RuleExtractor.conjugate("miss")).isEqualTo("misses");
  }

  @Test
  void aMoveAfterAHomeEndsInAnUpdateChainThroughTheResolver() {
    OffsetClock clock = new OffsetClock();
    InMemoryMemoryStore store = new InMemoryMemoryStore();
    InMemoryMemoryIndex index = new InMemoryMemoryIndex();
    MemoryWriter writer =
        new MemoryWriter(store, index, new HashingEmbedder(), MemoryLimits.defaults(), clock, null);
    MemoryEvolver evolver =
        new MemoryEvolver(
            store,
            index,
            writer,
            new dev.engram.memory.evolve.RuleResolverAccess().resolver(),
            new EvolutionConfiguration(0.0, 5),
            clock);

    Resolution first = store(evolver, "I live in Lisbon and I love surfing.").get(0);
    List<Resolution> second = store(evolver, "Oh, I moved to Porto last month.");

    assertThat(first.decision().action()).isEqualTo(Resolver.Action.ADD);
    assertThat(second).hasSize(1);
    assertThat(second.get(0).decision().action()).isEqualTo(Resolver.Action.UPDATE);
    assertThat(second.get(0).memory().previousId()).isEqualTo(first.memory().id());
    assertThat(store.find("app", first.memory().id(), clock.instant()).orElseThrow().status())
        .isEqualTo(MemoryStatus.SUPERSEDED);
  }

  private List<Resolution> store(MemoryEvolver evolver, String said) {
    List<NewMemory> batch =
        extractor.extract(conversation(new Message("m1", "user", said, null))).stream()
            .map(f -> NewMemory.of("u1", f.content()))
            .toList();
    return evolver.add("app", "task", batch);
  }

  private static Conversation conversation(Message... messages) {
    return new Conversation("task_1", "u1", null, null, List.of(messages));
  }
}
