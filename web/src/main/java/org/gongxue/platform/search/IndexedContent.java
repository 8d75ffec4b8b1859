package org.gongxue.platform.search;

import java.util.stream.Stream;
import org.gongxue.search.index.SearchDocument;

/**
 * A feature whose documents the content index holds (the library's courses and materials, the
 * forum's posts). A rebuild of the index reads every such feature again, so that rebuilding
 * never drops what one of them wrote.
 */
public interface IndexedContent {

    /** How many documents {@link #documents()} gives, for the rebuild's progress. */
    long countDocuments();

    /** Every document, read lazily a page at a time, each page in a short transaction of its own. */
    Stream<SearchDocument> documents();
}
