package dev.engram.memory.index.lucene;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * The codec of Engram's indexes: Lucene's default with the HNSW graph parameters from
 * configuration. Vectors stay full-precision floats (384 floats = 1.5 KB per memory); the format
 * name is recorded per field, so any Lucene 10 reader opens the files.
 */
final class LuceneCodecs {
  private LuceneCodecs() {}

  static Codec hnsw(int maxConnections, int beamWidth) {
    KnnVectorsFormat format = new Lucene99HnswVectorsFormat(maxConnections, beamWidth);
    return new Lucene104Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return format;
      }
    };
  }
}
