package dev.engram.memory.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  /** A support-style chat: greetings, facts about the user, a decision, an unanswered question. */
  private static final List<Message> SUPPORT =
      messages(
          "user",
          "Hi there! Good morning.",
          "assistant",
          "Hello! How can I help you today?",
          "user",
          "I moved to Lisbon in March and my new address is Rua Augusta 27. "
              + "I need my subscription deliveries to go there from now on.",
          "assistant",
          "Thanks for letting me know. I have updated the delivery address for your subscription"
              + " to Rua Augusta 27 in Lisbon.",
          "user",
          "Great, thanks! Also, I prefer express shipping because I travel a lot for work.",
          "assistant",
          "Noted: express shipping for all future subscription deliveries. We decided to waive the"
              + " express fee for the next 3 months.",
          "user",
          "Perfect. Can you send the invoice for October to my work email?");

  /** Two friends catching up, in the manner of the LoCoMo dialogues. */
  private static final List<Message> FRIENDS =
      messages(
          "user",
          "Hey Mel! Good to see you! How have you been?",
          "assistant",
          "Hey Caroline! I'm swamped with the kids and work. What's up with you?",
          "user",
          "I went to an LGBTQ support group yesterday and it was so powerful. "
              + "The transgender stories there were so inspiring.",
          "assistant",
          "Wow, that's really cool. What do you think you'll do with your education?",
          "user",
          "I'm keen on counseling or working in mental health. I want to support people who"
              + " went through the same things I did.",
          "assistant",
          "You'd be a great counselor! By the way, I painted a lake sunrise last year; "
              + "painting is my way to relax after work.",
          "user",
          "That's lovely. I'm planning to apply to a counseling master's program next month.",
          "assistant",
          "Go for it! Let's catch up again soon.");

  private static List<Message> messages(String... roleAndContent) {
    List<Message> out = new ArrayList<>();
    for (int i = 0; i + 1 < roleAndContent.length; i += 2) {
      out.add(new Message("m" + (i / 2 + 1), roleAndContent[i], roleAndContent[i + 1], null));
    }
    return out;
  }

  @Test
  void fastFormKeepsTheFactsAndDropsGreetings() {
    Summary summary = summarizer.summarize(SUPPORT, true);

    assertThat(summary.engine()).isEqualTo("rules");
    assertThat(summary.content())
        .contains("Rua Augusta 27")
        .doesNotContain("Good morning")
        .doesNotContain("How can I help");
    assertThat(summary.content().length()).isLessThanOrEqualTo(700);
    assertThat(summary.messageIds()).isNotEmpty().doesNotContain("m1", "m2");
  }

  @Test
  void fullFormHasKeyPointsFactsAndOpenItems() {
    Summary summary = summarizer.summarize(SUPPORT, false);

    assertThat(summary.content())
        .contains("Key points:")
        .contains("Facts:")
        .contains("Decisions and plans:")
        .contains("Open questions:")
        .contains("I moved to Lisbon in March")
        .contains("I prefer express shipping")
        .contains("waive the express fee")
        .contains("Can you send the invoice for October")
        .doesNotContain("Hi there")
        .doesNotContain("Great, thanks!");
    assertThat(section(summary.content(), "Facts:"))
        .contains("user: I moved to Lisbon")
        .contains("user: Also, I prefer express shipping")
        .doesNotContain("assistant:");
    assertThat(section(summary.content(), "Decisions and plans:"))
        .contains("assistant: We decided to waive the express fee");
    assertThat(section(summary.content(), "Open questions:")).contains("invoice for October");
  }

  @Test
  void fastFormIsShorterThanTheFullForm() {
    for (List<Message> conversation : List.of(SUPPORT, FRIENDS)) {
      assertThat(summarizer.summarize(conversation, true).content().length())
          .isLessThan(summarizer.summarize(conversation, false).content().length());
    }
  }

  @Test
  void keepsFirstPersonFactsOfACasualChat() {
    Summary full = summarizer.summarize(FRIENDS, false);

    assertThat(full.content())
        .contains("LGBTQ support group")
        .contains("counseling or working in mental health")
        .contains("apply to a counseling master's program next month")
        .doesNotContain("Good to see you")
        .doesNotContain("catch up again soon");
    assertThat(full.messageIds()).doesNotContain("m1", "m8");
  }

  @Test
  void keepsConversationOrderInsideEachSection() {
    String facts = section(summarizer.summarize(FRIENDS, false).content(), "Facts:");
    int group = facts.indexOf("support group");
    int counseling = facts.indexOf("counseling or working");
    assertThat(group).isNotNegative().isLessThan(counseling);
    String conversation = String.join(" ", FRIENDS.stream().map(Message::content).toList());
    int last = -1;
    for (String line : summarizer.summarize(FRIENDS, true).content().lines().toList()) {
      assertThat(line).matches("(user|assistant): .+");
      String said = line.substring(line.indexOf(": ") + 2);
      int at = conversation.indexOf(said.substring(0, Math.min(20, said.length())));
      assertThat(at).isGreaterThan(last);
      last = at;
    }
  }

  @Test
  void isDeterministic() {
    assertThat(summarizer.summarize(FRIENDS, false))
        .isEqualTo(summarizer.summarize(FRIENDS, false));
    assertThat(summarizer.summarize(SUPPORT, true)).isEqualTo(summarizer.summarize(SUPPORT, true));
  }

  @Test
  void saysSoWhenThereIsOnlySmallTalk() {
    Summary summary =
        summarizer.summarize(
            messages("user", "Hi! Thanks so much.", "assistant", "Hello, you're welcome!"), true);

    assertThat(summary.content()).isEqualTo(ExtractiveSummarizer.NOTHING);
    assertThat(summary.messageIds()).isEmpty();
  }

  @Test
  void doesNotRepeatTheSameStatement() {
    Summary summary =
        summarizer.summarize(
            messages(
                "user",
                "My flight to Tokyo leaves on Friday at 9am.",
                "user",
                "My flight to Tokyo leaves on Friday at 9am!",
                "user",
                "I booked a hotel near Shinjuku station for four nights."),
            false);

    assertThat(summary.content().split("flight to Tokyo", -1)).hasSize(2);
    assertThat(summary.content()).contains("Shinjuku");
  }

  @Test
  void clipsVeryLongSentencesAtAWordBoundary() {
    String longSentence = "I collect " + "rare vintage postcards from Portugal ".repeat(20) + ".";
    Summary summary = summarizer.summarize(messages("user", longSentence), true);

    assertThat(summary.content()).endsWith("…").hasSizeLessThan(320);
  }

  /** The lines of one section, up to the next section title. */
  private static String section(String content, String title) {
    List<String> lines = content.lines().toList();
    int start = lines.indexOf(title);
    assertThat(start).as("section %s in %s", title, content).isNotNegative();
    StringBuilder out = new StringBuilder();
    for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("- "); i++) {
      out.append(lines.get(i)).append('\n');
    }
    return out.toString();
  }
}
