package dev.engram.sdk;

import dev.engram.sdk.model.Memory;
import dev.engram.sdk.model.MemoryPage;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Follows {@code next_cursor} from page to page, fetching a page only when it is needed. */
final class MemoryPages {
  private final Engram client;
  private final MemoryFilter filter;
  private final int pageSize;

  MemoryPages(Engram client, MemoryFilter filter, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    this.client = client;
    this.filter = filter.copy().offset(0).cursor(null);
    this.pageSize = pageSize;
  }

  Iterator<Memory> memories() {
    return new Iterator<>() {
      private Iterator<Memory> current = java.util.Collections.emptyIterator();
      private String cursor;
      private boolean last;

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && !last) {
          MemoryPage page = client.listMemories(filter.copy().limit(pageSize).cursor(cursor));
          current = page.memories().iterator();
          cursor = page.nextCursor().orElse(null);
          last = cursor == null || page.memories().isEmpty();
        }
        return current.hasNext();
      }

      @Override
      public Memory next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
