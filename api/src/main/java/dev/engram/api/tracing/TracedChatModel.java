package dev.engram.api.tracing;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;
import java.util.Set;

/** The LLM with a span per call ({@code llm.chat}, provider attribute; never prompts). */
final class TracedChatModel implements ChatModel {
  private final ChatModel delegate;
  private final Tracer tracer;

  TracedChatModel(ChatModel delegate, Tracer tracer) {
    this.delegate = delegate;
    this.tracer = tracer;
  }

  @Override
  public ChatResponse chat(ChatRequest request) {
    return Spans.in(tracer, "llm.chat." + delegate.provider(), null, () -> delegate.chat(request));
  }

  @Override
  public ChatRequestParameters defaultRequestParameters() {
    return delegate.defaultRequestParameters();
  }

  @Override
  public List<ChatModelListener> listeners() {
    return delegate.listeners();
  }

  @Override
  public ModelProvider provider() {
    return delegate.provider();
  }

  @Override
  public Set<Capability> supportedCapabilities() {
    return delegate.supportedCapabilities();
  }
}
