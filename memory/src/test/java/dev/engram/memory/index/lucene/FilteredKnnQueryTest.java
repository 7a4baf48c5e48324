package dev.engram.memory.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilteredKnnQueryTest {
  private static final int DOCUMENTS = 4_000;
  private static final int GROUPS = 40; // a filter on one group matches 100 documents
  private static final int DIMENSIONS = 32;
  private static final int K = 10;

  private final float[][] vectors = new float[DOCUMENTS][];
  private Directory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  /** One segment whose HNSW graph is deliberately poor (2 connections, beam 2). */
  @BeforeEach
  void index() throws IOException {
    directory = new ByteBuffersDirectory();
    SplittableRandom random = new SplittableRandom(7);
    IndexWriterConfig config = new IndexWriterConfig().setCodec(LuceneCodecs.hnsw(2, 2));
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < DOCUMENTS; i++) {
        vectors[i] = unit(random);
        Document doc = new Document();
        doc.add(new StoredField("n", i));
        doc.add(new StringField("group", "g" + (i % GROUPS), Field.Store.NO));
        doc.add(new StringField("all", "yes", Field.Store.NO));
        doc.add(new KnnFloatVectorField("v", vectors[i], LuceneFields.SIMILARITY));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void smallFiltersAreScoredExactly() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    for (int q = 0; q < 20; q++) {
      float[] query = unit(random);
      int group = random.nextInt(GROUPS);
      FilteredKnnQuery knn =
          new FilteredKnnQuery(
              "v", query, K, new TermQuery(new Term("group", "g" + group)), DOCUMENTS / GROUPS);
      assertThat(hits(knn)).as("query %d", q).containsExactlyElementsOf(exact(query, group));
    }
  }

  @Test
  void largerFiltersStillWalkTheGraph() throws IOException {
    float[] query = unit(new SplittableRandom(13));
    FilteredKnnQuery knn =
        new FilteredKnnQuery("v", query, K, new TermQuery(new Term("all", "yes")), 100);
    // the whole index passes the filter, above the exact limit: the approximate answer, k hits
    assertThat(hits(knn)).hasSize(K).doesNotHaveDuplicates();
  }

  @Test
  void theLimitIsPartOfTheQuerysIdentity() {
    float[] query = unit(new SplittableRandom(17));
    TermQuery filter = new TermQuery(new Term("group", "g1"));
    assertThat(new FilteredKnnQuery("v", query, K, filter, 100))
        .isEqualTo(new FilteredKnnQuery("v", query, K, filter, 100))
        .hasSameHashCodeAs(new FilteredKnnQuery("v", query, K, filter, 100))
        .isNotEqualTo(new FilteredKnnQuery("v", query, K, filter, 0));
  }

  private List<Integer> hits(FilteredKnnQuery query) throws IOException {
    ScoreDoc[] docs = searcher.search(query, K).scoreDocs;
    return Arrays.stream(docs)
        .map(
            d -> {
              try {
                return searcher.storedFields().document(d.doc).getField("n").numericValue();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            })
        .map(Number::intValue)
        .toList();
  }

  private List<Integer> exact(float[] query, int group) {
    return IntStream.range(0, DOCUMENTS)
        .filter(i -> i % GROUPS == group)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -dot(vectors[i], query)))
        .limit(K)
        .toList();
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static float[] unit(SplittableRandom random) {
    float[] v = new float[DIMENSIONS];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (random.nextDouble() * 2 - 1);
      norm += v[i] * v[i];
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }
}
