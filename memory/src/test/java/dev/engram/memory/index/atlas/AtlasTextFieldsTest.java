package dev.engram.memory.index.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import dev.engram.memory.Memory;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.mongo.MongoConfiguration;
import dev.engram.memory.store.mongo.MongoStores;
import dev.engram.memory.testing.Memories;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Atlas keyword search covers the retrieval text the Lucene index covers ({@link
 * IndexDocument#text}: content and context) as the real MongoDB store keeps it: in separate fields.
 * A successor's context names the statement it replaced; without it, old questions no longer find
 * the new memory by keywords. Runs here on the test peer (it stores documents; the search itself
 * runs in {@code AtlasMemoryIndexContainerIT} where Docker exists).
 */
class AtlasTextFieldsTest {
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private final MongoServer server = MongoStores.testPeer();
  private final String uri = MongoStores.uri(server.bind(), "engram_text");
  private final MongoClient client = MongoStores.client(uri, MongoConfiguration.defaults());
  private final MemoryStore store = MongoStores.store(client, uri, MongoConfiguration.defaults());

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void keywordSearchCoversEveryWordOfTheRetrievalTextAsTheStoreKeepsIt() {
    Memory successor =
        Memories.memory("u1", "Pia moved to Hamburg", NOW)
            .context("previously: Pia lives in Berlin")
            .previousId("mem_old")
            .build();
    store.createApp("text");
    store.insert("text", List.of(successor), List.of());
    Document stored =
        client.getDatabase("engram_text").getCollection("memories_text").find().first();

    List<String> paths = searchedPaths(AtlasQueries.keywordSearch("Berlin", allUsers(), 5));
    StringBuilder searchable = new StringBuilder();
    for (String path : paths) {
      searchable.append(' ').append(stored.getString(path));
    }
    // the words the Lucene index gets (IndexDocument.of: content, then context)
    String retrievalText = successor.content() + " " + successor.context();
    assertThat(IndexDocument.of(successor).text()).contains(successor.context());
    for (String word : retrievalText.split("[^\\p{L}\\p{N}]+")) {
      assertThat(searchable.toString().toLowerCase(Locale.ROOT))
          .as("searched fields %s hold '%s'", paths, word)
          .contains(word.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void everySearchedFieldIsMappedAsTextInTheSearchIndex() {
    Document fields =
        AtlasQueries.searchIndexDefinition()
            .get("mappings", Document.class)
            .get("fields", Document.class);
    for (String path : searchedPaths(AtlasQueries.keywordSearch("x", allUsers(), 1))) {
      assertThat(fields.get(path, Document.class)).as(path).isNotNull();
      assertThat(fields.get(path, Document.class).getString("type")).isEqualTo("string");
    }
  }

  private static dev.engram.memory.MemoryFilter allUsers() {
    return dev.engram.memory.MemoryFilter.user("u1");
  }

  private static List<String> searchedPaths(List<Document> pipeline) {
    Document text =
        pipeline
            .get(0)
            .get("$search", Document.class)
            .get("compound", Document.class)
            .getList("must", Document.class)
            .get(0)
            .get("text", Document.class);
    Object path = text.get("path");
    List<String> paths = new ArrayList<>();
    if (path instanceof List<?> list) {
      list.forEach(p -> paths.add((String) p));
    } else {
      paths.add((String) path);
    }
    return paths;
  }
}
