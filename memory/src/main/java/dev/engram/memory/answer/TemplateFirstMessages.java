package dev.engram.memory.answer;

import dev.engram.memory.Memory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;

/** Without an LLM: always the app's template. */
@Singleton
@Named("rules")
final class TemplateFirstMessages implements FirstMessages {
  @Override
  public FirstMessage write(String callerId, List<Memory> memories, String template) {
    return FirstMessage.template();
  }
}
