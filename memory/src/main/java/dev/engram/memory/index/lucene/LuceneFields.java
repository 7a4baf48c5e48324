package dev.engram.memory.index.lucene;

import dev.engram.memory.Memory;
import dev.engram.memory.index.IndexDocument;
import java.time.Instant;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * How a memory becomes a Lucene document. Times are epoch microseconds; an open-ended validity
 * bound is stored as {@link Long#MIN_VALUE} / {@link Long#MAX_VALUE} so range queries need no
 * "missing" clause. {@code valid_to} is rounded up, the other times down, so that filters on
 * microsecond-precision instants are exact and finer instants are never missed.
 */
final class LuceneFields {
  static final String ID = "id";

  /**
   * The id again as binary doc values, so hits read it without decompressing a block of stored
   * fields each (indexes written before it existed fall back to the stored {@link #ID}).
   */
  static final String ID_VALUE = "id_value";

  static final String USER = "user";

  /**
   * The user again as sorted doc values: the index is sorted by it ({@link #ORDER}), so one user's
   * documents lie together in every segment and a search within a user reads a narrow run of each
   * posting list and vector file instead of blocks spread over every user's documents.
   */
  static final String USER_ORDER = "user_order";

  /** How every segment orders its documents: by user. */
  static final Sort ORDER = new Sort(new SortField(USER_ORDER, SortField.Type.STRING));

  static final String SESSION = "session";
  static final String AGENT = "agent";
  static final String RUN = "run";
  static final String TYPE = "type";
  static final String CATEGORY = "category";
  static final String STATUS = "status";
  static final String TAGS = "tags";
  static final String IMPORTANCE = "importance";
  static final String CREATED = "created";
  static final String VALID_FROM = "valid_from";
  static final String VALID_TO = "valid_to";
  static final String TEXT = "text";
  static final String VECTOR = "vector";

  /** Vectors are unit length: dot product is cosine, and the fastest similarity. */
  static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

  private LuceneFields() {}

  static Document toDocument(IndexDocument indexDocument) {
    Memory memory = indexDocument.memory();
    Document doc = new Document();
    doc.add(new StringField(ID, memory.id(), Field.Store.YES));
    doc.add(new BinaryDocValuesField(ID_VALUE, new BytesRef(memory.id())));
    doc.add(new StringField(USER, memory.userId(), Field.Store.NO));
    doc.add(new SortedDocValuesField(USER_ORDER, new BytesRef(memory.userId())));
    addOptional(doc, SESSION, memory.sessionId());
    addOptional(doc, AGENT, memory.agentId());
    addOptional(doc, RUN, memory.runId());
    addOptional(doc, CATEGORY, memory.category());
    doc.add(new StringField(TYPE, memory.type().value(), Field.Store.NO));
    doc.add(new StringField(STATUS, memory.status().value(), Field.Store.NO));
    for (String tag : memory.tags()) {
      doc.add(new StringField(TAGS, tag, Field.Store.NO));
    }
    doc.add(new IntPoint(IMPORTANCE, memory.importance()));
    doc.add(new LongPoint(CREATED, floorMicros(memory.createdAt())));
    doc.add(
        new LongPoint(
            VALID_FROM,
            memory.validFrom() == null ? Long.MIN_VALUE : floorMicros(memory.validFrom())));
    doc.add(
        new LongPoint(
            VALID_TO, memory.validTo() == null ? Long.MAX_VALUE : ceilMicros(memory.validTo())));
    doc.add(new TextField(TEXT, indexDocument.text(), Field.Store.NO));
    doc.add(new KnnFloatVectorField(VECTOR, memory.embedding(), SIMILARITY));
    return doc;
  }

  private static void addOptional(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.NO));
    }
  }

  /** Epoch microseconds rounded down, saturating far outside the representable range. */
  static long floorMicros(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds >= Long.MAX_VALUE / 1_000_000 - 1) {
      return Long.MAX_VALUE - 1;
    }
    if (seconds <= Long.MIN_VALUE / 1_000_000 + 1) {
      return Long.MIN_VALUE + 1;
    }
    return seconds * 1_000_000 + instant.getNano() / 1_000;
  }

  /** Epoch microseconds rounded up. */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // the sub-microsecond part only
  static long ceilMicros(Instant instant) {
    long floor = floorMicros(instant);
    return instant.getNano() % 1_000 == 0 || floor == Long.MAX_VALUE - 1 ? floor : floor + 1;
  }

  /** Lucene's dot-product score {@code (1 + dot) / 2} back to the cosine of unit vectors. */
  static float cosine(float luceneScore) {
    return 2 * luceneScore - 1;
  }
}
