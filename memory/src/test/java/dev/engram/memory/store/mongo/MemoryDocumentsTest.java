package dev.engram.memory.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Memory;
import dev.engram.memory.testing.Memories;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.BinaryVector;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

/** The document form of memories, with and without the Atlas capability, through real BSON. */
class MemoryDocumentsTest {
  private static final Instant AT = Instant.parse("2026-05-01T08:00:00.654321Z");

  private final Memory memory =
      Memories.memory("alice", "likes tea", AT)
          .metadata(Map.of("n", 1, "list", List.of(Map.of("deep", true))))
          .embedding(new float[] {0.25f, -0.0f, Float.MIN_VALUE, 1f / 3f}, "model")
          .expiresAt(AT.plusNanos(1_000))
          .version(3)
          .build();

  private static org.bson.Document throughBson(org.bson.Document document) {
    RawBsonDocument raw = new RawBsonDocument(document, new DocumentCodec());
    return new DocumentCodec().decode(raw.asBsonReader(), DecoderContext.builder().build());
  }

  @Test
  void storesEmbeddingsAsArraysOfDoublesWithoutAtlas() {
    org.bson.Document stored = throughBson(new MemoryDocuments(false).memory(memory, 3));

    assertThat(stored.get("embedding")).isInstanceOf(List.class);
    assertThat(stored.getList("embedding", Double.class))
        .containsExactly(0.25, -0.0, (double) Float.MIN_VALUE, (double) (1f / 3f));
    assertThat(new MemoryDocuments(false).memory(stored)).isEqualTo(memory);
  }

  @Test
  void storesEmbeddingsAsFloat32VectorsWithAtlas() {
    org.bson.Document stored = throughBson(new MemoryDocuments(true).memory(memory, 3));

    assertThat(stored.get("embedding")).isInstanceOf(BinaryVector.class);
    assertThat(new MemoryDocuments(true).memory(stored)).isEqualTo(memory);
    assertThat(new MemoryDocuments(false).memory(stored)).isEqualTo(memory);
  }

  @Test
  void readsFloat32VectorsDecodedAsPlainBinary() {
    ByteBuffer bytes = ByteBuffer.allocate(2 + 4 * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.put((byte) 0x27).put((byte) 0).asFloatBuffer().put(memory.embedding());
    org.bson.Document stored = new MemoryDocuments(false).memory(memory, 3);
    stored.put("embedding", new Binary((byte) 9, bytes.array()));

    assertThat(new MemoryDocuments(false).memory(stored)).isEqualTo(memory);
  }

  @Test
  void keepsMicrosecondsAndRoundsTheTtlDateUp() {
    org.bson.Document stored = throughBson(new MemoryDocuments(false).memory(memory, 3));

    assertThat(stored.getLong("created_at")).isEqualTo(AT.getEpochSecond() * 1_000_000 + 654_321);
    assertThat(stored.getDate(MemoryDocuments.TTL_FIELD).toInstant())
        .isEqualTo(Instant.parse("2026-05-01T08:00:00.655Z"));
  }
}
