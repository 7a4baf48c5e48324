package dev.engram.memory.testing;

import dev.engram.memory.Message;
import dev.engram.memory.summarize.Summarizer;
import dev.engram.memory.summarize.Summary;
import java.util.List;

/**
 * A stand-in for the extractive summarizer: the first message's content, labelled {@code rules}.
 */
public final class FixedSummarizer implements Summarizer {

  @Override
  public Summary summarize(List<Message> messages, boolean fast) {
    return new Summary(
        messages.isEmpty() ? "" : messages.get(0).content(),
        "rules",
        messages.isEmpty() ? List.of() : List.of(messages.get(0).id()));
  }

  @Override
  public String engine() {
    return "rules";
  }
}
