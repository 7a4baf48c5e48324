package dev.engram.memory.index.lucene;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.Vectors;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.IndexHit;
import io.micronaut.core.annotation.Nullable;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of one app: its own directory, writer and near-real-time searcher manager. Every
 * method is thread-safe; writes are visible to every search that starts after they return.
 *
 * <p>A refresh flushes a segment (files to open, HNSW graphs to merge later) and is the costly part
 * of a write, so vector searches do not refresh for a few writes: the documents written since the
 * searcher was opened are kept aside (with their write's sequence number) and scored exactly, next
 * to the searcher's hits, whose stale versions they replace. A keyword search refreshes first when
 * a write aside may change what it finds (a document of the user it searches, or any deletion) and
 * otherwise searches the searcher as it is: the same documents match, only the collection
 * statistics (document count, term frequencies across the index) lag by the other users' writes
 * aside. More than {@value #MAX_PENDING} writes aside refresh first too; the commit thread
 * refreshes as well. After a refresh, what the new searcher holds leaves the side buffer.
 */
final class AppIndex implements Closeable {
  /**
   * HNSW has no search-time beam knob: ask for at least this many neighbours and keep the best k,
   * which keeps recall@10 at ~1.0 (STYLE.md § Build).
   */
  static final int MIN_CANDIDATES = 40;

  private static final Logger LOG = LoggerFactory.getLogger(AppIndex.class);
  private static final Set<String> ID_ONLY = Set.of(LuceneFields.ID);
  private static final String DURABLE_UNTIL = "engram.durable_until";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final int exactUpTo;

  /**
   * Most documents kept aside before a vector search refreshes the searcher instead. A refresh
   * flushes a segment (and the merges that follow rebuild HNSW graphs), while scoring a document
   * aside is one dot product: with 256, a resolved batch of 250 statements refreshed about once per
   * batch and Lucene's merge threads took a large share of the CPU; with 2,048 the periodic commit
   * refreshes first under a steady write load.
   */
  static final int MAX_PENDING = 2_048;

  /** A document written (or deleted: null) since the searcher opened, by its write's number. */
  private record Pending(@Nullable IndexDocument document, long sequence) {}

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  /**
   * The same writes aside seen by user: each user's documents (a memory's user never changes) by
   * their latest write, and the ids deleted (whose user is not known here), read in {@link
   * #pending} for their latest write. A user's vector search reads only these instead of copying
   * and scanning every write aside.
   */
  private final Map<String, Map<String, Pending>> asideByUser = new ConcurrentHashMap<>();

  private final Set<String> deletedAside = ConcurrentHashMap.newKeySet();

  /** Writes done, and writes the current searcher is known to see. */
  private final AtomicLong writes = new AtomicLong();

  private final AtomicLong visible = new AtomicLong();

  private AppIndex(
      Directory directory,
      IndexWriter writer,
      SearcherManager searchers,
      Analyzer analyzer,
      int exactUpTo) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.exactUpTo = exactUpTo;
  }

  /**
   * Opens (or creates) the index at {@code path}; filtered vector searches score a segment's
   * matches exactly when the filter matches at most {@code exactUpTo} of its documents.
   */
  static AppIndex open(Path path, Codec codec, int exactUpTo) throws IOException {
    Analyzer analyzer = LuceneText.analyzer();
    Directory directory = FSDirectory.open(path);
    IndexWriter writer = null;
    try {
      if (unordered(directory)) {
        // written before the index was sorted by user: a writer cannot sort existing segments, so
        // the index starts empty and the start-up catch-up refills it from the store
        LOG.info("index at {} is not sorted by user: rebuilding it from the store", path);
        for (String file : directory.listAll()) {
          directory.deleteFile(file);
        }
      }
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setCodec(codec)
              .setIndexSort(LuceneFields.ORDER)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(64);
      writer = new IndexWriter(directory, config);
      SearcherManager searchers = new SearcherManager(writer, null);
      return new AppIndex(directory, writer, searchers, analyzer, exactUpTo);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer, directory, analyzer);
      throw e;
    }
  }

  /** Whether the directory holds segments that are not sorted by user. */
  static boolean unordered(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return false;
    }
    for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
      if (!LuceneFields.ORDER.equals(segment.info.getIndexSort())) {
        return true;
      }
    }
    return false;
  }

  void upsert(List<IndexDocument> documents) throws IOException {
    for (IndexDocument document : documents) {
      String id = document.memory().id();
      long sequence =
          writer.updateDocument(new Term(LuceneFields.ID, id), LuceneFields.toDocument(document));
      Pending written = new Pending(document, sequence);
      pending.merge(id, written, AppIndex::latest);
      // the user's map is replaced or dropped only inside compute: a write never lands in a map
      // a refresh has just dropped as empty
      asideByUser.compute(
          document.memory().userId(),
          (user, ofUser) -> {
            Map<String, Pending> kept = ofUser == null ? new ConcurrentHashMap<>() : ofUser;
            kept.merge(id, written, AppIndex::latest);
            return kept;
          });
    }
    writes.incrementAndGet();
  }

  void delete(Collection<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    long sequence =
        writer.deleteDocuments(
            ids.stream().map(id -> new Term(LuceneFields.ID, id)).toArray(Term[]::new));
    for (String id : ids) {
      pending.merge(id, new Pending(null, sequence), AppIndex::latest);
      deletedAside.add(id);
    }
    writes.incrementAndGet();
  }

  List<IndexHit> vectorSearch(float[] vector, MemoryFilter filter, int k) throws IOException {
    if (pending.size() > MAX_PENDING) {
      refresh();
    }
    Map<String, Pending> aside = aside(filter.user());
    // stale versions of documents aside may take places among the hits: ask for that many more
    int candidates = Math.max(MIN_CANDIDATES, k + k / 2) + aside.size();
    Query query =
        new FilteredKnnQuery(
            LuceneFields.VECTOR, vector, candidates, LuceneFilters.toQuery(filter), exactUpTo);
    IndexSearcher searcher = searchers.acquire();
    List<IndexHit> hits = new ArrayList<>();
    try {
      for (IndexHit hit : hits(searcher, query, candidates, true)) {
        if (!aside.containsKey(hit.id())) {
          hits.add(hit);
        }
      }
    } finally {
      searchers.release(searcher);
    }
    // written since the searcher opened: scored exactly, in place of any stale version
    aside.forEach(
        (id, p) -> {
          if (p.document() != null && filter.matches(p.document().memory(), Instant.MIN)) {
            hits.add(new IndexHit(id, Vectors.dot(vector, p.document().memory().embedding())));
          }
        });
    hits.sort(Comparator.comparingDouble(IndexHit::score).reversed());
    return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
  }

  /**
   * The writes aside that concern a search within the user's documents (of every user's when none
   * is named): the user's documents and the deletions, each id by its latest write — what the whole
   * side buffer holds for those ids (a deletion overtaken by a later write of the id is the
   * buffer's no longer).
   */
  private Map<String, Pending> aside(Optional<String> user) {
    if (user.isEmpty()) {
      return Map.copyOf(pending);
    }
    Map<String, Pending> aside = new HashMap<>(asideByUser.getOrDefault(user.get(), Map.of()));
    for (String id : deletedAside) {
      Pending latest = pending.get(id);
      if (latest != null && latest.document() == null) {
        aside.merge(id, latest, AppIndex::latest);
      }
    }
    return aside;
  }

  /** Of two writes of one id, the later. */
  private static Pending latest(Pending a, Pending b) {
    return a.sequence() > b.sequence() ? a : b;
  }

  List<IndexHit> keywordSearch(String text, MemoryFilter filter, int k) throws IOException {
    Optional<Query> textQuery = LuceneText.toQuery(analyzer, text);
    if (textQuery.isEmpty()) {
      return List.of();
    }
    Query query =
        new BooleanQuery.Builder()
            .add(textQuery.get(), Occur.MUST)
            .add(LuceneFilters.toQuery(filter), Occur.FILTER)
            .build();
    IndexSearcher searcher = asideConcerns(filter) ? acquire() : searchers.acquire();
    try {
      return hits(searcher, query, k, false);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * What a document of the average length holding each of the text's terms once scores: the sum of
   * the terms' BM25 weights at a term frequency of one, computed as the searcher's BM25 similarity
   * scores (idf {@code ln(1 + (N − n + 0.5) / (n + 0.5))}, times {@code 1 / (1 + k1)}).
   */
  OptionalDouble fullMatchScore(String text) throws IOException {
    Set<String> terms = LuceneText.terms(analyzer, text);
    IndexSearcher searcher = searchers.acquire();
    try {
      CollectionStatistics collection = searcher.collectionStatistics(LuceneFields.TEXT);
      if (terms.isEmpty()
          || collection == null
          || !(searcher.getSimilarity() instanceof BM25Similarity bm25)) {
        return OptionalDouble.empty();
      }
      double documents = collection.docCount();
      double sum = 0;
      for (String term : terms) {
        double containing = searcher.getIndexReader().docFreq(new Term(LuceneFields.TEXT, term));
        sum += Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
      }
      return OptionalDouble.of(sum / (1 + bm25.getK1()));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Whether a write the searcher does not hold yet may change what a search within {@code filter}
   * finds: a document of the filter's user (of anyone's when it names no user) or a deletion (whose
   * user is not known here). Every write the searcher does not hold has its entry aside until a
   * refresh takes it in.
   */
  private boolean asideConcerns(MemoryFilter filter) {
    Optional<String> user = filter.user();
    if (user.isEmpty()) {
      return !pending.isEmpty() || visible.get() < writes.get();
    }
    for (Pending p : pending.values()) {
      if (p.document() == null || p.document().memory().userId().equals(user.get())) {
        return true;
      }
    }
    return false;
  }

  /** A searcher that sees every write that returned before this call. */
  private IndexSearcher acquire() throws IOException {
    if (visible.get() < writes.get()) {
      refresh();
    }
    return searchers.acquire();
  }

  /**
   * Opens a searcher that sees every write that returned before this call (blocking while another
   * thread refreshes), and drops from the side buffer what it now holds.
   */
  void refresh() throws IOException {
    long written = writes.get();
    long completed = writer.getMaxCompletedSequenceNumber();
    searchers.maybeRefreshBlocking();
    visible.accumulateAndGet(written, Math::max);
    pending.values().removeIf(p -> p.sequence() <= completed);
    // an id stays deleted aside while the buffer's latest write of it is a deletion
    deletedAside.removeIf(
        id -> {
          Pending latest = pending.get(id);
          return latest == null || latest.document() != null;
        });
    for (String user : asideByUser.keySet()) {
      asideByUser.computeIfPresent(
          user,
          (u, documents) -> {
            documents.values().removeIf(p -> p.sequence() <= completed);
            return documents.isEmpty() ? null : documents;
          });
    }
  }

  private static List<IndexHit> hits(IndexSearcher searcher, Query query, int k, boolean cosine)
      throws IOException {
    TopDocs top = searcher.search(query, k);
    String[] ids = ids(searcher, top.scoreDocs);
    List<IndexHit> hits = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      float score = top.scoreDocs[i].score;
      hits.add(new IndexHit(ids[i], cosine ? LuceneFields.cosine(score) : score));
    }
    return hits;
  }

  /**
   * The ids of the hits, in their order: from the id doc values, visited in document order (doc
   * values are forward-only iterators), else from the stored field (segments written before the doc
   * values existed).
   */
  private static String[] ids(IndexSearcher searcher, ScoreDoc[] scoreDocs) throws IOException {
    String[] ids = new String[scoreDocs.length];
    Integer[] byDoc = new Integer[scoreDocs.length];
    for (int i = 0; i < byDoc.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> scoreDocs[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    StoredFields stored = null;
    int leaf = -1;
    BinaryDocValues values = null;
    for (int i : byDoc) {
      int doc = scoreDocs[i].doc;
      int l = ReaderUtil.subIndex(doc, leaves);
      if (l != leaf) {
        leaf = l;
        values = leaves.get(l).reader().getBinaryDocValues(LuceneFields.ID_VALUE);
      }
      if (values != null && values.advanceExact(doc - leaves.get(l).docBase)) {
        ids[i] = values.binaryValue().utf8ToString();
      } else {
        if (stored == null) {
          stored = searcher.storedFields();
        }
        ids[i] = stored.document(doc, ID_ONLY).get(LuceneFields.ID);
      }
    }
    return ids;
  }

  long count() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Commits, recording that every change made before {@code startedAt} is now durable. */
  void commit(Instant startedAt) throws IOException {
    if (!pending.isEmpty()) {
      refresh();
    }
    if (writer.hasUncommittedChanges()) {
      writer.setLiveCommitData(Map.of(DURABLE_UNTIL, startedAt.toString()).entrySet());
      writer.commit();
    }
  }

  /** When the last commit started; the epoch for an index never committed. */
  Instant durableUntil() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (entry.getKey().equals(DURABLE_UNTIL)) {
          return Instant.parse(entry.getValue());
        }
      }
    }
    return Instant.EPOCH;
  }

  @Override
  public void close() throws IOException {
    commit(Instant.now());
    IOUtils.close(searchers, writer, directory, analyzer);
  }

  /** Closes without committing, for an app whose files are about to be deleted. */
  void rollback() throws IOException {
    IOUtils.close(searchers, writer::rollback, directory, analyzer);
  }
}
