/*
 * Seed 001's complete customer-support workflow with Engram's Java SDK:
 *
 *     batcher -> ingestion -> search -> answer -> evolution report
 *
 * A support chat streams message by message into the server's session batcher; at ten messages it
 * becomes a conversation task, whose facts are extracted and resolved in the background. The agent
 * then searches the customer's memories, answers a question from them, and - after the customer
 * moves house in a second chat - prints how the address memory evolved.
 *
 * Run it with the JDK's source launcher, the SDK and Jackson on the class path:
 *
 *     ENGRAM_URL=http://localhost:8080 ENGRAM_API_KEY=eng_... \
 *       java -cp engram-sdk-java.jar:jackson-databind.jar:jackson-core.jar:jackson-annotations.jar:\
 *     jackson-datatype-jsr310.jar:jackson-datatype-jdk8.jar examples/java/CustomerSupport.java
 *
 * The key needs the memories:read and memories:write scopes.
 */

import dev.engram.sdk.AgentMemory;
import dev.engram.sdk.Engram;
import dev.engram.sdk.EngramException;
import dev.engram.sdk.SearchQuery;
import dev.engram.sdk.model.Answer;
import dev.engram.sdk.model.Buffered;
import dev.engram.sdk.model.ChainVersion;
import dev.engram.sdk.model.EvolutionChain;
import dev.engram.sdk.model.Memory;
import dev.engram.sdk.model.SearchHit;
import dev.engram.sdk.model.Task;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

public class CustomerSupport {
  static final List<String[]> FIRST_CHAT =
      List.of(
          new String[] {"user", "Hi, my parcel has not arrived yet."},
          new String[] {"assistant", "Sorry to hear that. Can you give me the order number?"},
          new String[] {"user", "My order number is A12345."},
          new String[] {"assistant", "Thanks, I see it. Where should we deliver it?"},
          new String[] {"user", "I live in Lisbon."},
          new String[] {"assistant", "Noted. How would you like it shipped?"},
          new String[] {"user", "I prefer express shipping."},
          new String[] {"assistant", "Express it is."},
          new String[] {"user", "Please always email me the tracking link."},
          new String[] {"assistant", "Will do, the link is on its way."});

  static final List<String[]> SECOND_CHAT =
      List.of(
          new String[] {"user", "Hello again."},
          new String[] {"assistant", "Welcome back! How can I help?"},
          new String[] {"user", "I moved to Porto last week."},
          new String[] {"assistant", "Congratulations on the move."},
          new String[] {"user", "Thanks."},
          new String[] {"assistant", "I'll update your address."},
          new String[] {"user", "Great."},
          new String[] {"assistant", "Anything else?"},
          new String[] {"user", "No, that is all."},
          new String[] {"assistant", "Have a good day."});

  /** Feeds a chat into the session batcher; returns the task the tenth message queued. */
  static String stream(Engram engram, String customer, String session, List<String[]> chat) {
    String taskId = null;
    int count = 0;
    for (String[] message : chat) {
      Buffered buffered = engram.memoryBatcherAddMessage(customer, message[0], message[1], session);
      count++;
      if (buffered.flushedTaskId().isPresent()) {
        taskId = buffered.flushedTaskId().get();
        System.out.println("batcher: task " + taskId + " queued after " + count + " messages");
      }
    }
    if (taskId == null) {
      throw new IllegalStateException("the batcher did not flush a conversation");
    }
    return taskId;
  }

  public static void main(String[] args) {
    String customer =
        args.length > 0 ? args[0] : "customer-" + UUID.randomUUID().toString().substring(0, 8);
    try (Engram engram = Engram.create()) {
      if (!engram.warmUp()) {
        System.err.println("warm_up: failed (is ENGRAM_URL right and ENGRAM_API_KEY valid?)");
        System.exit(1);
      }
      System.out.println("warm_up: ok (" + engram.baseUrl() + ")");

      // 1. batcher -> ingestion
      Task task =
          engram.waitFor(stream(engram, customer, "support-1", FIRST_CHAT), Duration.ofMinutes(2));
      System.out.printf(
          "ingestion: task %s %s, %d memories added%n",
          task.id(), task.status(), task.counts().added());

      // the agent saves a note of its own (the fast path, no resolution)
      engram.addAgentMemory(
          AgentMemory.text(customer, "Customer was offered a 10% discount on the next order")
              .category("support-notes"));

      // 2. search
      for (SearchHit hit :
          engram.queryMemory("How does the customer want orders shipped?", customer, 3, null)) {
        System.out.printf(Locale.ROOT, "search: %.3f %s%n", hit.compositeScore(), hit.document());
      }

      // 3. answer
      Answer answer = engram.answerQuery("Where does the customer live?", customer, null, null, null);
      System.out.printf(
          "answer (%s): %s%n", answer.engine(), answer.answer().or(answer::note).orElse(""));
      System.out.println(
          "answer cites: "
              + answer.memories().stream()
                  .limit(3)
                  .map(SearchHit::document)
                  .collect(Collectors.joining(", ")));

      // 4. the customer moves: a second chat supersedes the address
      Memory address =
          engram
              .search(
                  SearchQuery.of("where does the customer live")
                      .userId(customer)
                      .limit(1)
                      .statuses("active"))
              .results()
              .get(0)
              .memory();
      task = engram.waitFor(stream(engram, customer, "support-2", SECOND_CHAT), Duration.ofMinutes(2));
      System.out.printf(
          "ingestion: task %s %s, %d memories updated%n",
          task.id(), task.status(), task.counts().updated());

      // 5. evolution report
      EvolutionChain chain = engram.traverseMemoryEvolutionChain(address.id());
      System.out.println(
          "evolution: "
              + chain.size()
              + " versions: "
              + chain.versions().stream()
                  .map(CustomerSupport::describe)
                  .collect(Collectors.joining(" -> ")));
      System.out.println(engram.generateEvolutionGraph(chain, "mermaid"));
      System.out.println(engram.generateEvolutionReport(chain, "markdown"));
      System.out.println("pool: " + engram.getConnectionPoolStats());
      System.out.println("done");
    } catch (EngramException e) {
      System.err.println("engram error: " + e);
      System.exit(2);
    }
  }

  static String describe(ChainVersion version) {
    return version.content() + " [" + version.status() + "]";
  }
}
